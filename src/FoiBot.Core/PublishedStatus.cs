namespace FoiBot.Core;

/// <summary>
/// The outcome the site a letter was saved from published for its request, in that site's words: WhatDoTheyKnow heads
/// each request's page with one ("The request was refused by Surrey County Council."). Often it is the only outcome
/// a saved page shows, when the authority's answer sits in an attachment or below the part saved.
/// </summary>
/// <param name="Outcome">What the status says happened to the request.</param>
/// <param name="Text">The status line exactly as the page has it.</param>
public sealed record PublishedStatus(Outcome Outcome, string Text);
