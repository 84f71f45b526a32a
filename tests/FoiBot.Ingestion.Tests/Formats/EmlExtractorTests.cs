using FoiBot.Ingestion.Extraction;
using MimeKit;

namespace FoiBot.Ingestion.Tests.Formats;

public sealed class EmlExtractorTests
{
    private static ExtractionResult Extract(MimeMessage message, ExtractionLimits? limits = null)
    {
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        return TextExtractors.Default.Extract(stream.ToArray(), "reply.eml", limits ?? new ExtractionLimits(), CancellationToken.None);
    }

    private static MimeMessage Message(BodyBuilder body) => new(
        [new MailboxAddress("FOI team", "foi@council.example")], [new MailboxAddress("Requester", "r@example.org")], "FOI response", body.ToMessageBody());

    [Fact]
    public void Extract_HtmlOnlyBody_IsReadThroughTheHtmlExtractor()
    {
        var result = Extract(Message(new BodyBuilder { HtmlBody = "<nav>Menu</nav><p>Our ref: FOI-7</p><table><tr><td>Q1</td><td>Yes</td></tr></table>" }));

        Assert.Equal("Our ref: FOI-7\n\nQ1 | Yes", Assert.Single(result.Sources).Text);
    }

    [Fact]
    public void Extract_ForwardedMessages_ReadsAttachmentsUpToTheDepthLimitAndNamesTheDeeperOne()
    {
        var inner = Message(new BodyBuilder { TextBody = "Our ref: FOI-8, the original reply." });
        var middle = new BodyBuilder { TextBody = "Forwarding the reply." };
        middle.Attachments.Add(new MessagePart { Message = inner });
        var outer = new BodyBuilder { TextBody = "Forwarding again." };
        outer.Attachments.Add(new MessagePart { Message = Message(middle) });

        var deepEnough = Extract(Message(outer));
        var tooDeep = Extract(Message(outer), new ExtractionLimits { MaxAttachmentDepth = 2 });

        Assert.Equal([null, "attachment-1:message.eml", "attachment-1:message.eml#attachment-1:message.eml"], deepEnough.Sources.Select(s => s.Part));
        Assert.Equal("Our ref: FOI-8, the original reply.", deepEnough.Sources[2].Text);
        Assert.Equal(2, tooDeep.Sources.Count);
        var skipped = Assert.Single(tooDeep.SkippedParts);
        Assert.Equal(("attachment-1:message.eml#attachment-1:message.eml", "e-mails attached more than 2 deep"), (skipped.Part, skipped.Text));
    }

    [Fact]
    public void Extract_AttachmentInAFormatThatHoldsNoLetter_IsLeftOutQuietly()
    {
        var body = new BodyBuilder { TextBody = "Our ref: FOI-9" };
        body.Attachments.Add("logo.png", [0x89, (byte)'P', (byte)'N', (byte)'G']);

        var result = Extract(Message(body));

        Assert.Single(result.Sources);
        Assert.Empty(result.SkippedParts);
    }
}
