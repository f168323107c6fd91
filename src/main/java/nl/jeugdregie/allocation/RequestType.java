package nl.jeugdregie.allocation;

/** An allocation request (VOT, iJw JW315) or a change request (VOW, iJw JW317). */
public enum RequestType {
  ALLOCATION,
  CHANGE
}
