using FoiBot.Ingestion.Corpus;

namespace FoiBot.Ingestion.Tests.Corpus;

public sealed class ByteSizeTests
{
    [Theory]
    [InlineData(1, "1 byte")]
    [InlineData(1023, "1023 bytes")]
    [InlineData(1024, "1.0 KB")]
    [InlineData(1536, "1.5 KB")]
    [InlineData(16 * 1024 * 1024, "16 MB")]
    [InlineData(1L << 30, "1.0 GB")]
    [InlineData((1L << 30) * 3 / 2, "1.5 GB")]
    public void Format_Bytes_ReadsAsAPersonWouldWriteIt(long bytes, string expected) => Assert.Equal(expected, ByteSize.Format(bytes));
}
