using FoiBot.Answering;

namespace FoiBot.Cli;

/// <summary>The answer engine a command uses, and whether a model was configured (so an extractive answer means it fell back).</summary>
internal sealed class CliEngine(IAnswerEngine engine, bool usesModel) : IDisposable
{
    public IAnswerEngine Engine { get; } = engine;

    public bool UsesModel { get; } = usesModel;

    public void Dispose() => (Engine as IDisposable)?.Dispose();
}
