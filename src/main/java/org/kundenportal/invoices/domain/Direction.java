package org.kundenportal.invoices.domain;

/** OUT: invoices we send our customers (Ausgangsrechnungen); IN: bills our suppliers send us (Eingangsrechnungen). */
public enum Direction {
    OUT, IN
}
