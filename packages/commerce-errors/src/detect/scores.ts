/**
 * Detection scoring. A vendor's score is the sum of its evidence:
 *
 *   evidence                                                    points
 *   the vendor's validator accepts the body (an envelope)          40
 *   each vendor mark in that body (documented code, docs URL,
 *     request_id, source.pointer, statusCode...), at most 3       10 each
 *   request host is, or is a subdomain of, one of vendor.hosts     50
 *   Content-Type is one only this vendor declares                  20
 *     (application/json, declared by several, counts for none)
 *   each response header from vendor.headers/requestIdHeaders,
 *     at most 2                                                    10 each
 *
 * A host outweighs a bare shape match (shapes are shared across vendors, URLs are not); a shape
 * backed by the vendor's vocabulary ties or beats a host alone. Vendors with no evidence are not
 * candidates. Ranking: score (highest first), then candidates whose validator accepted the body,
 * then registry order (alphabetical), so the same input always ranks the same way.
 */
export const score = {
  envelope: 40,
  vocabulary: 10,
  maxVocabularyMarks: 3,
  host: 50,
  contentType: 20,
  header: 10,
  maxHeaders: 2,
} as const;
