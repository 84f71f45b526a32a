using FoiBot.Answering;
using FoiBot.Answering.PriorDisclosure;
using FoiBot.Core.Authorities;
using FoiBot.Search;
using FoiBot.Testing;
using Microsoft.AspNetCore.Builder;

namespace FoiBot.Web.Tests;

/// <summary>
/// The staff app on a real Kestrel at 127.0.0.1 on a free port, over a real index of corpus/ plus one hostile letter,
/// built in a temp folder. One per test class; a test needing other limits starts its own with <see cref="StartAsync"/>.
/// </summary>
public sealed class StaffServer : IAsyncLifetime
{
    private readonly TempDirectory _folder = new();
    private LetterIndex? _index;
    private WebApplication? _app;
    private IAnswerEngine? _engine;

    public Uri BaseAddress { get; private set; } = null!;

    public WebOptions Options { get; init; } = new() { Urls = "http://127.0.0.1:0" };

    public HttpClient Client { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>The answer engine over the index; the extractive engine unless a test gives another (a model's, say).</summary>
    public Func<LetterIndex, IAnswerEngine> Engine { get; init; } = index => new ExtractiveAnswerEngine(index, AuthorityCatalog.Default, new AnswerOptions());

    public async Task InitializeAsync()
    {
        var corpus = _folder.Combine("hostile");
        Directory.CreateDirectory(corpus);
        await File.WriteAllTextAsync(Path.Combine(corpus, "hostile.txt"), HostileLetter.Text);
        _index = CorpusIndex.Build(_folder.Combine("index"), [RepoPaths.Corpus, corpus]);
        var services = new StaffServices(
            _index,
            _engine = Engine(_index),
            new PriorDisclosureChecker(_index, AuthorityCatalog.Default, new AnswerOptions()),
            AuthorityCatalog.Default);
        _app = StaffWebApp.Build(Options, services);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _app.StartAsync(timeout.Token);
        BaseAddress = new Uri(_app.Urls.Single());
        Client.BaseAddress = BaseAddress;
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _app.StopAsync(timeout.Token);
            await _app.DisposeAsync();
        }

        (_engine as IDisposable)?.Dispose();
        _index?.Dispose();
        _folder.Dispose();
    }
}
