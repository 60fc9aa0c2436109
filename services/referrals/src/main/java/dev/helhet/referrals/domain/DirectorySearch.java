package dev.helhet.referrals.domain;

/** What a directory search asks for: the municipality served, and words, a life area code and a language (null: any). */
public record DirectorySearch(String municipalityId, String text, String lifeArea, String language) {
}
