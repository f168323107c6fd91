package nl.jeugdregie.ijw;

import java.time.LocalDate;

/**
 * What every iJw header says about a message (ijw.md §3.4): who sends it to whom (AGB code or CBS
 * municipality code), its identification, unique per message type per sender (TR056), and its date
 * (Dagtekening).
 */
public record Header(String sender, String receiver, String identification, LocalDate dated) {}
