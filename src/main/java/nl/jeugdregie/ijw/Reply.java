package nl.jeugdregie.ijw;

import org.jspecify.annotations.Nullable;

/**
 * What the municipality answers to a received message: the XML the standard prescribes (a retour,
 * or a JW325 for a JW323; none for a retour), and whether this is the stored answer to a message
 * received before (same identification, same content).
 */
public record Reply(
    MessageType received, @Nullable MessageType type, byte @Nullable [] xml, boolean replayed) {}
