/**
 * Demo data: a realistic month on the client route for every seed region, so a fresh installation
 * shows something. {@link nl.jeugdregie.demo.DemoGenerator} is pure and deterministic (same policy
 * catalog, scale, seed and month give the same records): providers with their contracts, clients
 * with fictitious BSNs, allocation requests shaped by each region's pack, the access team's later
 * decisions, the providers' starts and stops and their monthly declarations. {@link
 * nl.jeugdregie.demo.DemoLoader} feeds those records through the real services (catalog, client
 * route, billing) as {@code Actor.system("demo")}, so every request is judged by the policy engine
 * and every declaration line by the line checks exactly as a provider's would be; {@code DemoMonth}
 * loads the demo month (by default the last complete month before today) at start when {@code
 * jeugdregie.demo.load} is true and the database has no providers yet. This module owns no tables
 * and writes nothing the services do not write.
 */
@NullMarked
package nl.jeugdregie.demo;

import org.jspecify.annotations.NullMarked;
