package nl.jeugdregie.control;

import java.util.List;

/**
 * A family of control metrics that measures one region over one calendar year: the seam through
 * which the traffic lights ({@link TrafficLights}) and the provider findings get their input.
 * {@link ControlDashboard} takes every Spring bean of this type ({@code List<MeasurementSource>},
 * constructor-injected), so a new family (the route KPIs of {@code ControlMeasurements}) joins by
 * implementing this interface; nothing else changes.
 */
public interface MeasurementSource {

  /**
   * The family's measurements of {@code region} in {@code year}, per provider ({@code providerAgb}
   * set) and for the region as a whole ({@code providerAgb} null), each with its client count.
   */
  List<Measurement> measure(String region, int year);
}
