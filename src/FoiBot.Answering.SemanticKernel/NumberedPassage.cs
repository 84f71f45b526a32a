using FoiBot.Core;

namespace FoiBot.Answering.SemanticKernel;

/// <summary>A passage as the model sees it: the number it cites it by, and the letter FoiBot cites for it.</summary>
internal sealed record NumberedPassage(int Number, Disclosure Letter, int PairIndex)
{
    public QaPair Pair => Letter.PassageAt(PairIndex);
}
