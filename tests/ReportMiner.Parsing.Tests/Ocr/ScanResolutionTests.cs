using ReportMiner.Parsing.Ocr;

namespace ReportMiner.Parsing.Tests.Ocr;

public sealed class ScanResolutionTests
{
    private const string Listing =
        "page   num  type   width height color comp bpc  enc interp  object ID x-ppi y-ppi size ratio\n" +
        "--------------------------------------------------------------------------------------------\n" +
        "   5     0 image      80    40  gray    1   8  image  no        10  0    72    72  1K 3.7%\n" +
        "   5     1 image    1654  2339  rgb     3   8  image  no        11  0   200   200  421K 3.7%\n" +
        "   5     2 smask    1654  2339  gray    1   8  image  no        12  0   200   200  4K 0.1%\n";

    [Fact]
    public void The_resolution_of_the_largest_image_on_the_page_is_used() =>
        Assert.Equal(200, ScanResolution.FromListing(Listing, 150, 400));

    [Fact]
    public void Extreme_resolutions_are_clamped() =>
        Assert.Equal(400, ScanResolution.FromListing(Listing.Replace("200   200", "1200  1200"), 150, 400));

    [Fact]
    public void A_page_without_images_has_no_scan_resolution() =>
        Assert.Null(ScanResolution.FromListing(string.Join('\n', Listing.Split('\n').Take(2)), 150, 400));
}
