/**
 * The mark every copy of a sample bulletin carries (deck cover and footer, MP3 title, web pages):
 * its news is fictional, and a bulletin played in a Party meeting must never be mistaken for it.
 */
export const SAMPLE_MARK = 'BẢN TIN MẪU — tin giả định';
