using System.ComponentModel;
using System.Globalization;

namespace FoiBot.Indexing;

/// <summary>Lets configuration bind a plain string entry of FoiBot:CorpusPaths, the form every existing setting uses, as a <see cref="CorpusPathEntry"/>.</summary>
internal sealed class CorpusPathEntryConverter : TypeConverter
{
    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) =>
        sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);

    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value) =>
        value is string path ? new CorpusPathEntry { Path = path } : base.ConvertFrom(context, culture, value);
}
