using System.Text.Json;
using FoiBot.Core;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using static FoiBot.Search.Indexing.IndexFields;

namespace FoiBot.Search.Indexing;

/// <summary>Turns one letter into its Lucene documents: a passage per question/answer pair and one for its unpaired text, then the letter itself.</summary>
internal static class LetterDocuments
{
    public static List<Document> Create(IndexedLetter letter)
    {
        var disclosure = letter.Disclosure;
        var documents = new List<Document>(disclosure.PassageCount + 1);
        for (var i = 0; i < disclosure.PassageCount; i++)
        {
            documents.Add(CreatePassage(letter.LetterId, disclosure, i));
        }

        documents.Add(CreateLetter(letter.LetterId, disclosure));
        return documents;
    }

    private static Document CreatePassage(string letterId, Disclosure disclosure, int pairIndex)
    {
        var pair = disclosure.PassageAt(pairIndex);
        var document = new Document
        {
            new StringField(Kind, PassageKind, Field.Store.NO),
            new StringField(Owner, letterId, Field.Store.NO),
            new StringField(LetterId, letterId, Field.Store.YES),
            new StoredField(PairIndex, pairIndex),
            // An unknown authority is indexed as empty: searchable, but no filter (which needs a name) matches it.
            new StringField(Authority, Key(disclosure.Authority ?? string.Empty), Field.Store.NO),
            new StringField(PairOutcome, pair.Outcome.ToString(), Field.Store.YES),
            new TextField(QuestionText, pair.Question, Field.Store.NO),
            new TextField(AnswerText, pair.Answer, Field.Store.NO),
        };
        foreach (var reference in References(disclosure))
        {
            document.Add(new StringField(Ref, reference, Field.Store.NO));
        }

        if (disclosure.Subject is { } subject)
        {
            document.Add(new TextField(SubjectText, subject, Field.Store.NO));
        }

        if (disclosure.ResponseDate is { } date)
        {
            document.Add(new Int32Field(Date, DateNumber(date), Field.Store.YES));
        }

        return document;
    }

    private static Document CreateLetter(string letterId, Disclosure disclosure)
    {
        var document = new Document
        {
            new StringField(Kind, LetterKind, Field.Store.NO),
            new StringField(Owner, letterId, Field.Store.NO),
            new StringField(LetterKey, letterId, Field.Store.YES),
            new StringField(LetterSource, disclosure.Source, Field.Store.NO),
            new StringField(LetterFile, Key(FileName(disclosure.Source)), Field.Store.NO),
            new StoredField(LetterJson, JsonSerializer.Serialize(disclosure, DisclosureJsonContext.Default.Disclosure)),
        };
        foreach (var reference in References(disclosure))
        {
            document.Add(new StringField(LetterRef, reference, Field.Store.NO));
        }

        if (disclosure.Authority is { } authority)
        {
            document.Add(new SortedDocValuesField(LetterAuthority, new BytesRef(authority)));
        }

        document.Add(new SortedDocValuesField(LetterAuthoritySource, new BytesRef(disclosure.AuthoritySource.ToString())));

        if (disclosure.ResponseDate is { } date)
        {
            document.Add(new NumericDocValuesField(LetterDate, DateNumber(date)));
        }

        return document;
    }

    private static IEnumerable<string> References(Disclosure disclosure) =>
        disclosure.References.Where(r => !string.IsNullOrWhiteSpace(r)).Select(Key).Distinct(StringComparer.Ordinal);
}
