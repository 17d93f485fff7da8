/**
 * What every page shares and no feature owns: amounts as pages write them, the page language. Depends on no feature,
 * so that every feature's pages may use it.
 */
package io.clientlens.app.ui;
