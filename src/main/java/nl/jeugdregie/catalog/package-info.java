/**
 * Who may deliver what: providers by AGB code and their contracts per region and product (or per
 * category). A provider is only paid with a referral or allocation plus a contract (domain.md §3;
 * iJw OP296); the client route asks {@link nl.jeugdregie.catalog.Providers#covers} before it lets
 * the engine judge a request.
 */
@NullMarked
package nl.jeugdregie.catalog;

import org.jspecify.annotations.NullMarked;
