package io.pyra.analytics.web;

import io.pyra.analytics.audience.Audience;
import io.pyra.analytics.audience.Audiences;
import io.pyra.analytics.grading.GradingRule;
import io.pyra.analytics.grading.GradingScheme;
import io.pyra.analytics.grading.GradingSchemes;
import io.pyra.analytics.grading.GradingSchemes.SchemeInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** The page's form of a grading scheme's name, weights, method, window and audience. */
public class GradingSchemeForm {

  @Size(max = GradingSchemes.NAME_MAX)
  private String name;

  private BigDecimal weightCredit;
  private BigDecimal weightAmount;
  private BigDecimal weightProfit;
  private BigDecimal weightGrowth;

  @Size(max = 20)
  private String method;

  private BigDecimal shareA;
  private BigDecimal shareB;
  private BigDecimal shareC;
  private BigDecimal limitA;
  private BigDecimal limitB;
  private Integer windowMonths;

  @Size(max = Audiences.CODE_MAX)
  private String audienceOrgUnit;

  @Size(max = Audiences.CODE_MAX)
  private String audienceSector;

  @Valid
  @Size(max = AudienceRequest.MAX_ROWS)
  private List<AudienceFieldRow> audienceFields = AudienceFieldRow.empty();

  /**
   * The form filled from the stored scheme; {@code orgUnitCode} and {@code sectorCode} the codes of
   * its audience's org unit and sector.
   */
  static GradingSchemeForm of(GradingScheme scheme, String orgUnitCode, String sectorCode) {
    GradingSchemeForm form = new GradingSchemeForm();
    Audience audience = scheme.audience();
    form.audienceOrgUnit = orgUnitCode == null ? "" : orgUnitCode;
    form.audienceSector = sectorCode == null ? "" : sectorCode;
    form.audienceFields = AudienceFieldRow.of(audience.fields());
    form.name = scheme.name();
    form.weightCredit = plain(scheme.weights().credit());
    form.weightAmount = plain(scheme.weights().amount());
    form.weightProfit = plain(scheme.weights().profit());
    form.weightGrowth = plain(scheme.weights().growth());
    if (scheme.cut() instanceof GradingRule.RankShares s) {
      form.method = "RANK_SHARES";
      form.shareA = plain(s.a());
      form.shareB = plain(s.b());
      form.shareC = plain(s.c());
    } else if (scheme.cut() instanceof GradingRule.ScoreLimits l) {
      form.method = "SCORE_LIMITS";
      form.limitA = plain(l.a());
      form.limitB = plain(l.b());
    }
    form.windowMonths = scheme.windowMonths();
    return form;
  }

  SchemeInput input(String code) {
    boolean limits = "SCORE_LIMITS".equalsIgnoreCase(method);
    return new SchemeInput(
        code,
        name,
        weightCredit,
        weightAmount,
        weightProfit,
        weightGrowth,
        method,
        limits ? null : shareA,
        limits ? null : shareB,
        limits ? null : shareC,
        limits ? limitA : null,
        limits ? limitB : null,
        windowMonths,
        new Audiences.Input(
            audienceOrgUnit, audienceSector, AudienceFieldRow.inputs(audienceFields)));
  }

  private static BigDecimal plain(BigDecimal value) {
    return value == null ? null : value.stripTrailingZeros();
  }

  public String getAudienceOrgUnit() {
    return audienceOrgUnit;
  }

  public void setAudienceOrgUnit(String audienceOrgUnit) {
    this.audienceOrgUnit = audienceOrgUnit;
  }

  public String getAudienceSector() {
    return audienceSector;
  }

  public void setAudienceSector(String audienceSector) {
    this.audienceSector = audienceSector;
  }

  public List<AudienceFieldRow> getAudienceFields() {
    return audienceFields;
  }

  public void setAudienceFields(List<AudienceFieldRow> audienceFields) {
    this.audienceFields = audienceFields;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public BigDecimal getWeightCredit() {
    return weightCredit;
  }

  public void setWeightCredit(BigDecimal weightCredit) {
    this.weightCredit = weightCredit;
  }

  public BigDecimal getWeightAmount() {
    return weightAmount;
  }

  public void setWeightAmount(BigDecimal weightAmount) {
    this.weightAmount = weightAmount;
  }

  public BigDecimal getWeightProfit() {
    return weightProfit;
  }

  public void setWeightProfit(BigDecimal weightProfit) {
    this.weightProfit = weightProfit;
  }

  public BigDecimal getWeightGrowth() {
    return weightGrowth;
  }

  public void setWeightGrowth(BigDecimal weightGrowth) {
    this.weightGrowth = weightGrowth;
  }

  public String getMethod() {
    return method;
  }

  public void setMethod(String method) {
    this.method = method;
  }

  public BigDecimal getShareA() {
    return shareA;
  }

  public void setShareA(BigDecimal shareA) {
    this.shareA = shareA;
  }

  public BigDecimal getShareB() {
    return shareB;
  }

  public void setShareB(BigDecimal shareB) {
    this.shareB = shareB;
  }

  public BigDecimal getShareC() {
    return shareC;
  }

  public void setShareC(BigDecimal shareC) {
    this.shareC = shareC;
  }

  public BigDecimal getLimitA() {
    return limitA;
  }

  public void setLimitA(BigDecimal limitA) {
    this.limitA = limitA;
  }

  public BigDecimal getLimitB() {
    return limitB;
  }

  public void setLimitB(BigDecimal limitB) {
    this.limitB = limitB;
  }

  public Integer getWindowMonths() {
    return windowMonths;
  }

  public void setWindowMonths(Integer windowMonths) {
    this.windowMonths = windowMonths;
  }
}
