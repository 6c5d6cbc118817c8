package org.kundenportal.operations;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Fully there or fully absent", asked of the database after the crash, one rule per action: each violation is
 * collected as a sentence, so a failing test names every half-done document at once.
 */
final class CrashInvariants {

    private static final Pattern FILE_COUNT = Pattern.compile(" with (\\d+) files$");

    private final Connection db;
    private final List<String> violations = new ArrayList<>();

    CrashInvariants(Connection db) {
        this.db = db;
    }

    List<String> violations() {
        return List.copyOf(violations);
    }

    private void require(boolean holds, String document, String rule) {
        if (!holds) {
            violations.add(document + ": " + rule);
        }
    }

    /**
     * An accepted quote has its signature, its history event, its webhook event and either its order (CONFIRMED)
     * or its prepayment invoice; an unaccepted one has none of these.
     */
    int quotes(Set<String> started, Set<String> done) throws SQLException {
        int accepted = 0;
        try (ResultSet quote = query("SELECT id, number, state, signed_at IS NOT NULL, requires_signature, requires_payment,"
                + " signature_png IS NOT NULL, order_date IS NOT NULL FROM sale_order"
                + " WHERE reference LIKE ? AND reference <> ?", CrashLoad.REFERENCE + "%", CrashLoad.REFERENCE + "conversation")) {
            while (quote.next()) {
                long id = quote.getLong(1);
                String number = quote.getString(2);
                String state = quote.getString(3);
                boolean signed = quote.getBoolean(4);
                boolean signature = quote.getBoolean(5);
                boolean prepayment = quote.getBoolean(6);
                long answerEvents = events("SALE_ORDER", id, signature ? "SIGNED" : "ACCEPTED");
                long webhooks = count("SELECT COUNT(*) FROM webhook_event WHERE event_type = 'quote.accepted' AND subject = ?",
                        "quote:" + number);
                long prepaymentInvoices = count("SELECT COUNT(*) FROM invoice WHERE sale_order_id = ? AND kind = 'PREPAYMENT'", id);
                String doc = "quote " + number;
                if (!signed) {
                    require(state.equals("SENT") || state.equals("DRAFT"), doc, "unaccepted but in state " + state);
                    require(answerEvents == 0 && webhooks == 0, doc, "unaccepted but with its answer's history or webhook event");
                    require(prepaymentInvoices == 0 && !quote.getBoolean(8), doc, "unaccepted but with an order or prepayment invoice");
                    require(!done.contains(number), doc, "accepting returned, but the acceptance is gone");
                    continue;
                }
                accepted++;
                require(started.contains(number), doc, "accepted although nobody accepted it");
                require(answerEvents == 1, doc, "accepted with " + answerEvents + " answer events in its history");
                require(webhooks == 1, doc, "accepted with " + webhooks + " quote.accepted events in the outbox");
                require(!signature || quote.getBoolean(7), doc, "signed without its signature image");
                if (prepayment) {
                    require(state.equals("SENT") && prepaymentInvoices == 1 && events("SALE_ORDER", id, "PREPAYMENT_INVOICED") == 1,
                            doc, "accepted with prepayment, but state " + state + " and " + prepaymentInvoices + " prepayment invoices");
                } else {
                    require(state.equals("CONFIRMED") && quote.getBoolean(8) && events("SALE_ORDER", id, "CONFIRMED") == 1,
                            doc, "accepted without prepayment, but no confirmed order (state " + state + ")");
                }
            }
        }
        return accepted;
    }

    /**
     * A signed request has the stamped PDF whose SHA-256 it stores, every required field filled, its history,
     * audit and webhook events; one that is not signed has none of it. Either way its upload is complete.
     */
    int signatures(Set<String> started, Set<String> done) throws SQLException {
        int signed = 0;
        try (ResultSet request = query("SELECT r.id, r.number, r.state, r.signed_pdf IS NOT NULL, r.signed_sha256,"
                + " SHA2(r.signed_pdf, 256), r.original_sha256 = SHA2(r.original_pdf, 256),"
                + " r.page_count = (SELECT COUNT(*) FROM signature_page p WHERE p.request_id = r.id),"
                + " (SELECT COUNT(*) FROM signature_field f WHERE f.request_id = r.id AND f.filled_at IS NOT NULL),"
                + " (SELECT COUNT(*) FROM signature_field f WHERE f.request_id = r.id AND f.required AND f.filled_at IS NULL)"
                + " FROM signature_request r WHERE r.title LIKE ?", CrashLoad.REFERENCE + "%")) {
            while (request.next()) {
                long id = request.getLong(1);
                String number = request.getString(2);
                String doc = "signature request " + number;
                long signedEvents = events("SIGNATURE", id, "SIGNED");
                long webhooks = count("SELECT COUNT(*) FROM webhook_event WHERE event_type = 'signature_request.signed'"
                        + " AND subject = ?", "signature:" + number);
                long audits = count("SELECT COUNT(*) FROM audit_log WHERE action = 'SIGNATURE_SIGNED' AND target_id = ?", id);
                require(request.getBoolean(7) && request.getBoolean(8), doc, "its uploaded PDF or pages are incomplete");
                if (!"SIGNED".equals(request.getString(3))) {
                    require(!request.getBoolean(4) && request.getString(5) == null && request.getLong(9) == 0, doc,
                            "not signed but with a signed PDF, hash or filled fields");
                    require(signedEvents == 0 && webhooks == 0 && audits == 0, doc, "not signed but with signing events");
                    require(!done.contains(number), doc, "signing returned, but the signature is gone");
                    continue;
                }
                signed++;
                require(started.contains(number), doc, "signed although nobody signed it");
                require(request.getBoolean(4) && request.getString(5) != null && request.getString(5).equals(request.getString(6)),
                        doc, "signed without its stored PDF or with a hash that does not match it");
                require(request.getLong(10) == 0, doc, "signed with required fields empty");
                require(signedEvents == 1 && webhooks == 1 && audits == 1, doc, "signed with " + signedEvents
                        + " history, " + webhooks + " webhook and " + audits + " audit events");
            }
        }
        return signed;
    }

    /** A message has exactly the files it was posted with, each with its size and SHA-256, and its webhook event. */
    int messages(Set<String> started, Set<String> done) throws SQLException {
        List<String> found = new ArrayList<>();
        try (ResultSet message = query("SELECT e.id, e.body,"
                + " (SELECT COUNT(*) FROM history_attachment a WHERE a.entry_id = e.id),"
                + " (SELECT COUNT(*) FROM history_attachment a WHERE a.entry_id = e.id"
                + "  AND (a.sha256 <> SHA2(a.content, 256) OR a.size_bytes <> LENGTH(a.content)))"
                + " FROM history_entry e WHERE e.kind = 'MESSAGE' AND e.body LIKE ?", CrashLoad.MESSAGE + "%")) {
            while (message.next()) {
                long id = message.getLong(1);
                String body = message.getString(2);
                String key = body.substring(CrashLoad.MESSAGE.length(), body.indexOf(' ', CrashLoad.MESSAGE.length()));
                Matcher files = FILE_COUNT.matcher(body);
                String doc = "message " + key;
                found.add(key);
                require(started.contains(key), doc, "stored although nobody posted it");
                require(files.find() && Long.parseLong(files.group(1)) == message.getLong(3), doc,
                        "stored with " + message.getLong(3) + " of its files");
                require(message.getLong(4) == 0, doc, message.getLong(4) + " files differ from their size or SHA-256");
                require(count("SELECT COUNT(*) FROM webhook_event WHERE event_type = 'message.posted' AND body LIKE ?",
                        "%\"message_id\":" + id + ",%") == 1, doc, "stored without its message.posted event");
            }
        }
        for (String key : done) {
            require(found.contains(key), "message " + key, "posting returned, but the message is gone");
        }
        return found.size();
    }

    /**
     * An invoice is posted with its lines; what it has been paid is the sum of its succeeded payments, and a paid
     * one has its PAID history and invoice.paid event, an unpaid one neither.
     */
    int invoices(Set<String> done) throws SQLException {
        int paid = 0;
        try (ResultSet invoice = query("SELECT i.id, i.external_id, i.number, i.state, i.amount_total, i.amount_paid,"
                + " i.paid_at IS NOT NULL,"
                + " (SELECT COALESCE(SUM(p.amount), 0) FROM payment p WHERE p.invoice_id = i.id AND p.state = 'SUCCEEDED'),"
                + " (SELECT COUNT(*) FROM payment p WHERE p.invoice_id = i.id AND p.state <> 'SUCCEEDED'),"
                + " (SELECT COUNT(*) FROM document_line l WHERE l.document_type = 'INVOICE' AND l.document_id = i.id)"
                + " FROM invoice i WHERE i.external_id LIKE ?", ErpPayments.PREFIX + "%")) {
            while (invoice.next()) {
                long id = invoice.getLong(1);
                String externalId = invoice.getString(2);
                String doc = "invoice " + externalId + " (" + invoice.getString(3) + ")";
                BigDecimal total = invoice.getBigDecimal(5);
                BigDecimal amountPaid = invoice.getBigDecimal(6);
                require("POSTED".equals(invoice.getString(4)) && invoice.getLong(10) == 1
                        && total.compareTo(new BigDecimal("119.00")) == 0, doc, "stored incompletely");
                require(amountPaid.compareTo(invoice.getBigDecimal(8)) == 0 && invoice.getLong(9) == 0, doc,
                        "paid " + amountPaid + " but its payments add up to " + invoice.getBigDecimal(8));
                long paidEvents = events("INVOICE", id, "PAID");
                long webhooks = count("SELECT COUNT(*) FROM webhook_event WHERE event_type = 'invoice.paid' AND subject = ?",
                        "invoice:" + invoice.getString(3));
                if (amountPaid.signum() == 0) {
                    require(!invoice.getBoolean(7) && paidEvents == 0 && webhooks == 0, doc, "unpaid but marked paid");
                    require(!done.contains(externalId), doc, "the payment was answered 200, but it is gone");
                    continue;
                }
                paid++;
                require(amountPaid.compareTo(total) == 0 && invoice.getBoolean(7), doc, "paid " + amountPaid + " of " + total);
                require(paidEvents == 1 && webhooks == 1, doc, "paid with " + paidEvents + " PAID events and " + webhooks
                        + " invoice.paid events");
            }
        }
        return paid;
    }

    private long events(String documentType, long documentId, String event) throws SQLException {
        return count("SELECT COUNT(*) FROM history_entry WHERE document_type = ? AND document_id = ? AND event = ?",
                documentType, documentId, event);
    }

    private long count(String sql, Object... parameters) throws SQLException {
        try (ResultSet result = query(sql, parameters)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** The statement closes with its result (closeOnCompletion). */
    private ResultSet query(String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = db.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        statement.closeOnCompletion();
        return statement.executeQuery();
    }
}
