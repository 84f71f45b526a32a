namespace FoiBot.Evaluation;

/// <summary>A system under evaluation: FoiBot's answer engine, or the peer it is compared with in the same run.</summary>
public interface IEvalSystem
{
    string Name { get; }

    Task<SystemResponse> RespondAsync(EvalQuestion question, CancellationToken cancellationToken);
}
