using System.Globalization;
using Briefing.Text;

namespace Briefing.Tests.Text;

public sealed class ByteSizeTests
{
    [Theory]
    [InlineData(1024L, "1 KB")]
    [InlineData(1536L, "1.5 KB")]
    [InlineData(5L * 1024 * 1024, "5 MB")]
    [InlineData(2_621_440L, "2.5 MB")]
    public void A_limit_reads_the_same_in_every_culture(long bytes, string expected)
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            // A comma-decimal culture: the fetcher's old copy of this would have said "2,5 MB".
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal(expected, ByteSize.Describe(bytes));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}
