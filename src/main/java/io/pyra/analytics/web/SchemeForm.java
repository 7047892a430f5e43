package io.pyra.analytics.web;

import io.pyra.analytics.audience.Audiences;
import io.pyra.analytics.pyramid.PyramidSchemes;
import io.pyra.analytics.pyramid.PyramidSchemes.NewScheme;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** The page's form of a new pyramid scheme; the service checks the rules. */
public class SchemeForm {

  @Size(max = PyramidSchemes.CODE_MAX)
  private String code;

  @Size(max = PyramidSchemes.NAME_MAX)
  private String name;

  @Size(max = 20)
  private String basis = "NET_REVENUE";

  @Size(max = 20)
  private String method = "RANK_SHARES";

  private BigDecimal thresholdTop;
  private BigDecimal thresholdHigh;
  private BigDecimal thresholdMiddle;
  private BigDecimal shareTop = BigDecimal.ONE;
  private BigDecimal shareHigh = BigDecimal.valueOf(4);
  private BigDecimal shareMiddle = BigDecimal.valueOf(15);
  private BigDecimal shareLow = BigDecimal.valueOf(80);
  private Integer windowMonths = 12;

  @Size(max = Audiences.CODE_MAX)
  private String audienceOrgUnit;

  @Size(max = Audiences.CODE_MAX)
  private String audienceSector;

  @Valid
  @Size(max = AudienceRequest.MAX_ROWS)
  private List<AudienceFieldRow> audienceFields = AudienceFieldRow.empty();

  @Size(max = PyramidSchemes.ACTIVITY_TYPES_MAX)
  private java.util.List<@Size(max = 60) String> activityTypes = new java.util.ArrayList<>();

  public java.util.List<String> getActivityTypes() {
    return activityTypes;
  }

  public void setActivityTypes(java.util.List<String> activityTypes) {
    this.activityTypes = activityTypes;
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

  public String getAudienceOrgUnit() {
    return audienceOrgUnit;
  }

  public void setAudienceOrgUnit(String audienceOrgUnit) {
    this.audienceOrgUnit = audienceOrgUnit;
  }

  NewScheme scheme() {
    boolean limits = "THRESHOLDS".equalsIgnoreCase(method);
    return new NewScheme(
        code,
        name,
        basis,
        method,
        limits ? thresholdTop : null,
        limits ? thresholdHigh : null,
        limits ? thresholdMiddle : null,
        limits ? null : shareTop,
        limits ? null : shareHigh,
        limits ? null : shareMiddle,
        limits ? null : shareLow,
        windowMonths,
        new Audiences.Input(
            audienceOrgUnit, audienceSector, AudienceFieldRow.inputs(audienceFields)),
        activityTypes);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getBasis() {
    return basis;
  }

  public void setBasis(String basis) {
    this.basis = basis;
  }

  public String getMethod() {
    return method;
  }

  public void setMethod(String method) {
    this.method = method;
  }

  public BigDecimal getThresholdTop() {
    return thresholdTop;
  }

  public void setThresholdTop(BigDecimal thresholdTop) {
    this.thresholdTop = thresholdTop;
  }

  public BigDecimal getThresholdHigh() {
    return thresholdHigh;
  }

  public void setThresholdHigh(BigDecimal thresholdHigh) {
    this.thresholdHigh = thresholdHigh;
  }

  public BigDecimal getThresholdMiddle() {
    return thresholdMiddle;
  }

  public void setThresholdMiddle(BigDecimal thresholdMiddle) {
    this.thresholdMiddle = thresholdMiddle;
  }

  public BigDecimal getShareTop() {
    return shareTop;
  }

  public void setShareTop(BigDecimal shareTop) {
    this.shareTop = shareTop;
  }

  public BigDecimal getShareHigh() {
    return shareHigh;
  }

  public void setShareHigh(BigDecimal shareHigh) {
    this.shareHigh = shareHigh;
  }

  public BigDecimal getShareMiddle() {
    return shareMiddle;
  }

  public void setShareMiddle(BigDecimal shareMiddle) {
    this.shareMiddle = shareMiddle;
  }

  public BigDecimal getShareLow() {
    return shareLow;
  }

  public void setShareLow(BigDecimal shareLow) {
    this.shareLow = shareLow;
  }

  public Integer getWindowMonths() {
    return windowMonths;
  }

  public void setWindowMonths(Integer windowMonths) {
    this.windowMonths = windowMonths;
  }
}
