package io.pyra.interaction.task;

/** What a task is for. */
public enum TaskType {
  CALL_BACK,
  RETURN_VISIT,
  VISIT_PREPARATION,
  SEND_MATERIAL,
  SET_UP_REQUEST,
  OTHER
}
