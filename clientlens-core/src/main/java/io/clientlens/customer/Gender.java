package io.clientlens.customer;

public enum Gender { M, F }
