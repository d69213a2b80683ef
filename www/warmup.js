// A text the worker annotates while the page loads, so the first paste is as fast as the
// tenth: every name and number form the core reads once (the model decoded, the lists built,
// the kept weight sums begun), and its code hot enough that the engine has optimised it.
// Written for this purpose; it quotes no article.

const PARAGRAPHS = [
  'LONDON, March 3 (Newswire) - Shares of Halvorsen Industries rose 4.5% to $12.30 on Tuesday ' +
    'after the Oslo-based company said first-quarter profit more than doubled to 1.2 billion ' +
    'crowns, beating forecasts by analysts at Morgan Stanley and Deutsche Bank.',
  'Chief executive Maria Lindqvist told reporters in Stockholm that the group would hire about ' +
    '3,000 people by the end of 2027 and open a second plant near Gothenburg, 470 km west of ' +
    'the capital, the third such site in Sweden since 2019.',
  'The European Commission and the German government welcomed the plan. "It is a good day for ' +
    'Europe," Economy Minister Klaus Weber said on Wednesday, adding that the 40-hectare site ' +
    'would be ready at 9:30 a.m. on September 1, two weeks ahead of schedule.',
  'In New York, the Dow Jones Industrial Average fell 0.8 percent, while the S&P 500 lost 12 ' +
    'points. Brent crude traded at $84 a barrel at 3 p.m. EST, up from $79 last week, and ' +
    'gold gained half a percent to 2,310 dollars an ounce.',
  'Meanwhile, Real Madrid beat Manchester United 3-1 in Paris on Saturday night in front of ' +
    '65,000 fans, with two goals from the Brazilian forward Vinicius Junior in the 23rd and ' +
    '67th minutes. Coach Carlo Ancelotti thanked the Spanish Football Federation.',
  'Prime Minister Keir Starmer is due to meet President Emmanuel Macron at the Elysee Palace ' +
    'next Monday, a week after the NATO summit in Washington, D.C., where leaders of 32 ' +
    'member states pledged 2% of GDP for defence for the next decade.',
];

/** The warm-up text: the paragraphs, each on its own line. */
export const WARM_UP_TEXT = PARAGRAPHS.join('\n\n') + '\n';

/** How many times the worker reads it (the engine optimises code that has run a while). */
export const WARM_UP_ROUNDS = 4;
