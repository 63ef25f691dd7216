using Voice.Data.Text;

namespace Voice.Tests.Text;

public class EditDistanceTests
{
    [Theory]
    [InlineData("suicide", "suicide", 0)]
    [InlineData("sucide", "suicide", 1)]
    [InlineData("suicdie", "suicide", 1)]
    [InlineData("suicidal", "sucidel", 2)]
    [InlineData("kitten", "sitting", 3)]
    public void Osa_CountsEdits(string a, string b, int distance)
    {
        Assert.Equal(distance, EditDistance.Osa(a, b));
        Assert.Equal(distance <= 1, EditDistance.WithinOne(a, b));
        Assert.Equal(distance <= 1, EditDistance.WithinOne(b, a));
    }
}
