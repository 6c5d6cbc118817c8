package org.kundenportal.settings.domain;

import org.kundenportal.base.settings.CompanyProfile;

/**
 * Everything the settings page edits, as one value.
 *
 * @param invitationLinkHours null while the field is empty
 * @param logo                a data URL (see {@link CompanyLogo}), empty for none
 */
public record PortalSettings(boolean passwordResetEnabled, Integer invitationLinkHours, Integer resetLinkHours,
                             CompanyProfile company, String logo) {
}
