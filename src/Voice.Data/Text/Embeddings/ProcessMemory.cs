using System.Reflection;
using System.Runtime;
using System.Runtime.InteropServices;

namespace Voice.Data.Text.Embeddings;

/// <summary>
/// Gives memory the sentence encoder no longer needs back to the operating system (issue 14: a
/// node should stay under 300 MB after a load run). Linux only (the production shape); elsewhere
/// these do nothing. Neither changes what the process computes: they only return pages.
/// </summary>
static partial class ProcessMemory
{
    const int MadviseDontNeed = 4;   // MADV_DONTNEED

    [LibraryImport("libc", SetLastError = true)]
    private static partial int madvise(nint address, nuint length, int advice);

    [LibraryImport("libc")]
    private static partial int malloc_trim(nuint pad);

    /// <summary>
    /// The model ships inside its package's DLL (87 MB), which the runtime maps from the file:
    /// reading it once, to hand it to ONNX Runtime (which keeps its own copy), leaves every page of
    /// it resident for the life of the process. Those pages are the file's own, never written, so
    /// the kernel is told they are not needed: they leave the process's resident set (and stay in
    /// the page cache, shared, until the kernel wants the room); were they read again, they would
    /// be read from the file. Only whole pages inside the resource are released.
    /// </summary>
    public static unsafe void ReleaseResource(Assembly assembly, string resourceSuffix)
    {
        if (!OperatingSystem.IsLinux()) return;
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith(resourceSuffix, StringComparison.Ordinal));
        if (name is null || assembly.GetManifestResourceStream(name) is not UnmanagedMemoryStream stream) return;
        using (stream)
        {
            var page = Environment.SystemPageSize;
            var start = (nint)stream.PositionPointer;
            var first = (start + page - 1) / page * page;
            var end = (start + (nint)stream.Length) / page * page;
            if (end > first && IsReadOnlyFileMapping(first, end)) madvise(first, (nuint)(end - first), MadviseDontNeed);
        }
    }

    /// <summary>
    /// True when [first, end) lies inside one read-only mapping of a file (/proc/self/maps). Were
    /// the assembly ever loaded into anonymous memory instead (a copy, not the file), dropping its
    /// pages would turn the model into zeros for the next reader, so then nothing is released.
    /// </summary>
    static bool IsReadOnlyFileMapping(nint first, nint end)
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/maps"))
            {
                // "start-end perms offset dev inode path"
                var parts = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length < 6) continue;
                var range = parts[0].Split('-');
                var from = (nint)Convert.ToInt64(range[0], 16);
                var to = (nint)Convert.ToInt64(range[1], 16);
                if (first < from || first >= to) continue;
                return end <= to && parts[1][1] != 'w' && parts[4] != "0";
            }
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return false;
    }

    /// <summary>
    /// After a training (thousands of sentences encoded in batches): the garbage collector
    /// compacts and decommits what the batches left, and glibc's allocator returns the free pages
    /// ONNX Runtime's batch buffers left in its heaps (it otherwise keeps them for the next burst).
    /// One blocking full collection, so only after large jobs, never per screened answer.
    /// </summary>
    public static void ReleaseFreed()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        if (!OperatingSystem.IsLinux()) return;
        try { malloc_trim(0); }
        catch (EntryPointNotFoundException) { } // not glibc (musl has no malloc_trim)
    }
}
