package org.kundenportal.signatures.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.kundenportal.signatures.domain.FieldKind;
import org.kundenportal.signatures.domain.NewField;
import org.kundenportal.signatures.domain.SignatureField;

/**
 * A field while staff place and edit it in the browser, before "Save fields" hands the whole list to the service,
 * which checks it. Position and size are fractions of the page (0..1, origin top left) as the database keeps them.
 */
final class StaffFieldDraft {

    private static final int SCALE = 5;

    private final FieldKind kind;
    // what the side form edits; blank labels are kept as null, as the service stores them
    String label;
    boolean required;
    int page;
    BigDecimal x;
    BigDecimal y;
    BigDecimal width;
    BigDecimal height;

    private StaffFieldDraft(FieldKind kind, String label, boolean required, int page,
                            BigDecimal x, BigDecimal y, BigDecimal width, BigDecimal height) {
        this.kind = kind;
        this.label = label;
        this.required = required;
        this.page = page;
        this.x = x;
        this.y = y;
        this.width = width;
        this.height = height;
    }

    static StaffFieldDraft of(SignatureField field) {
        return new StaffFieldDraft(field.kind(), field.label(), field.required(), field.page(), field.x(),
                field.y(), field.width(), field.height());
    }

    /**
     * A new field of its kind's usual size (in points, so it looks the same on any paper size) whose top left corner
     * is where staff clicked, moved left or up as far as needed to stay on the page. Checkboxes start optional,
     * everything else required.
     *
     * @param clickX the click as a fraction of the page's width
     * @param clickY the click as a fraction of the page's height
     */
    static StaffFieldDraft placed(FieldKind kind, int page, double clickX, double clickY, double pageWidthPt,
                                  double pageHeightPt) {
        double[] size = defaultSizePt(kind);
        double width = Math.min(size[0] / pageWidthPt, 1);
        double height = Math.min(size[1] / pageHeightPt, 1);
        double x = Math.clamp(clickX, 0, 1 - width);
        double y = Math.clamp(clickY, 0, 1 - height);
        // rounded down, so that x + width stays on the page after rounding too
        return new StaffFieldDraft(kind, null, kind != FieldKind.CHECKBOX, page, down(x), down(y), down(width),
                down(height));
    }

    /** Width and height in PDF points a field of this kind gets when placed. */
    static double[] defaultSizePt(FieldKind kind) {
        return switch (kind) {
            case SIGNATURE -> new double[]{170, 50};
            case INITIALS -> new double[]{60, 36};
            case TEXT -> new double[]{170, 22};
            case DATE -> new double[]{90, 22};
            case CHECKBOX -> new double[]{16, 16};
        };
    }

    private static BigDecimal down(double fraction) {
        return BigDecimal.valueOf(fraction).setScale(SCALE, RoundingMode.DOWN);
    }

    NewField toNewField() {
        return new NewField(kind, label, required, page, x, y, width, height);
    }

    FieldKind kind() {
        return kind;
    }
}
