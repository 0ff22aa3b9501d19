/**
 * The services whose replies may arrive by JSONP (a script that runs with the page's rights): Blogger's and
 * Mailchimp's own hosts. No imports: feed source detection uses these without pulling in the network code.
 */

/** Blogger's own hosts: `*.blogspot.com` and its country domains (`blogspot.in`, `blogspot.co.uk`, `blogspot.com.br`), `*.blogger.com`. */
export function isBloggerHost(hostname: string): boolean {
  return /(^|\.)blogspot\.(?:(?:com|co)\.)?[a-z]{2,}$/i.test(hostname) || /(^|\.)blogger\.com$/i.test(hostname);
}

/** Mailchimp's form hosts: `*.list-manage.com`. */
export function isMailchimpHost(hostname: string): boolean {
  return /\.list-manage\.com$/i.test(hostname);
}
