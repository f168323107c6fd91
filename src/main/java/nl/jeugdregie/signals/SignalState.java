package nl.jeugdregie.signals;

/**
 * Where a signal stands: open, acknowledged by the role it is for (seen, being handled), or done
 * (closed by that role, or by the system when its condition no longer holds).
 */
public enum SignalState {
  OPEN,
  ACKNOWLEDGED,
  DONE
}
