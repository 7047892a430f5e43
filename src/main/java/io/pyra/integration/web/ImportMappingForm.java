package io.pyra.integration.web;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * The mapping page's form: one target field per file column (in header order), the mode, a name to
 * save it as.
 */
public class ImportMappingForm {

  @Size(max = 500)
  private List<String> targets = new ArrayList<>();

  @Size(max = 20)
  private String mode;

  @Size(max = 100)
  private String saveAs;

  @Size(max = 20)
  private String run;

  public List<String> getTargets() {
    return targets;
  }

  public void setTargets(List<String> targets) {
    this.targets = targets;
  }

  public String getMode() {
    return mode;
  }

  public void setMode(String mode) {
    this.mode = mode;
  }

  public String getSaveAs() {
    return saveAs;
  }

  public void setSaveAs(String saveAs) {
    this.saveAs = saveAs;
  }

  public String getRun() {
    return run;
  }

  public void setRun(String run) {
    this.run = run;
  }
}
