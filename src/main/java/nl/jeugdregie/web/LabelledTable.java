package nl.jeugdregie.web;

import java.util.function.UnaryOperator;

/**
 * A list to export with column headings of its own: the screens' exports say "Gemeente" where the
 * API's say {@code municipality}. {@code rows} is a {@link nl.jeugdregie.shared.Page} or a
 * collection, as for {@link TableExport}; {@code heading} turns a column's name (dotted for a
 * nested field) into its heading. The cells are the same in both.
 */
public record LabelledTable(Object rows, UnaryOperator<String> heading) {}
