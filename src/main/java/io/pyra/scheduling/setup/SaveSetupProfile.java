package io.pyra.scheduling.setup;

/** A profile as the technician writes it; the code counts only when it is created. */
public record SaveSetupProfile(
    String code, String name, String operatingSystem, String software, String securityPolicy) {}
