/**
 * Test support shared through newsclaims-html's test jar: a real headless Chromium
 * ({@link io.github.newsclaims.html.browser.Browser}) and the checks that read a rendered page
 * back and compare it with the model ({@link io.github.newsclaims.html.browser.PageChecks}).
 */
package io.github.newsclaims.html.browser;
