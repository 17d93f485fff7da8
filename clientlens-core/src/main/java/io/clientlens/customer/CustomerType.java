package io.clientlens.customer;

public enum CustomerType { INDIVIDUAL, CORPORATE }
