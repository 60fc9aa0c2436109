package dev.helhet.referrals.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.helhet.careaccess.InformationCategory;
import dev.helhet.common.persistence.CodedEnum;
import dev.helhet.common.persistence.CodedEnumConverter;
import jakarta.persistence.Converter;

/**
 * The transitions the platform knows to watch: for which programme, how long before its planned end the next service must
 * be involved (the municipality may change the lead), and which kind of service involving meets it.
 */
public enum TransitionRule implements CodedEnum {
    /** Introduction programme: NAV involved (a referral to a NAV office accepted) at least six months before the planned end. */
    NAV_BEFORE_PROGRAMME_END("nav-before-programme-end", "introduction-programme", InformationCategory.EDUCATION, Lead.MONTHS, 6, "nav-office"),
    /** Leaving social-assistance follow-up: a handover (a referral accepted by any service) ten working days before the end. */
    HANDOVER_LEAVING_SOCIAL_ASSISTANCE("handover-leaving-social-assistance", "social-assistance-follow-up", InformationCategory.ECONOMY,
            Lead.WORKING_DAYS, 10, null);

    /** How the lead before the planned end is counted. */
    public enum Lead { MONTHS, WORKING_DAYS }

    private final String code;
    private final String programme;
    private final InformationCategory category;
    private final Lead lead;
    private final int defaultLead;
    private final String metByOrganisationType;

    TransitionRule(String code, String programme, InformationCategory category, Lead lead, int defaultLead, String metByOrganisationType) {
        this.code = code;
        this.programme = programme;
        this.category = category;
        this.lead = lead;
        this.defaultLead = defaultLead;
        this.metByOrganisationType = metByOrganisationType;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** The programme (code) whose planned end the rule watches. */
    public String programme() {
        return programme;
    }

    /**
     * The information category a task of the rule is: that of its programme (participants' Programme.category), since the
     * rule says which programme the person is in and when it ends.
     */
    public InformationCategory category() {
        return category;
    }

    public Lead lead() {
        return lead;
    }

    public int defaultLead() {
        return defaultLead;
    }

    /**
     * Whether a referral a service took on before the task was made meets it: yes when the rule asks that a kind of service be
     * involved (NAV is, already), no when it asks for a handover at the end (an earlier referral is not one).
     */
    public boolean metByEarlierReferral() {
        return metByOrganisationType != null;
    }

    /** Whether a referral accepted by an organisation of this kind meets the rule (any kind when the rule names none). */
    public boolean metBy(String organisationType) {
        return metByOrganisationType == null || metByOrganisationType.equals(organisationType);
    }

    /** Stores the code. */
    @Converter(autoApply = true)
    public static class DatabaseCode extends CodedEnumConverter<TransitionRule> {
        public DatabaseCode() {
            super(TransitionRule.class);
        }
    }
}
