import type { Strings } from './en.js';

/**
 * German (Deutsch), addressing the reader as Sie. Typed `Partial` like the other on-demand tables: a missing key is
 * reported by test/core/i18n-tables.test.ts.
 */
export const de: Partial<Strings> = {
  // common
  'common.loading': 'Wird geladen…',
  'common.retry': 'Erneut versuchen',
  'common.error': 'Laden fehlgeschlagen. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'common.opensInNewTab': '(öffnet in einem neuen Tab)',

  // share-buttons
  'share.heading': 'Teilen:',
  'share.native': 'Teilen…',
  'share.nativeLabel': 'Über Ihr Gerät teilen',
  'share.on': 'Auf {network} teilen',
  'share.email': 'E-Mail',
  'share.emailLabel': 'Per E-Mail teilen',
  'share.copy': 'Link kopieren',
  'share.copyLabel': 'Link zu dieser Seite kopieren',
  'share.copied': 'Link kopiert',
  'share.copyFailed': 'Kopieren fehlgeschlagen. Bitte markieren Sie den Link und kopieren Sie ihn selbst.',
  'share.emailBody': '{title}\n\n{url}',

  // author-card
  'author.cta': 'Kontakt aufnehmen',
  'author.about': 'Zur Person',

  // popular-posts, featured-post
  'posts.listLabel': 'Beiträge',
  'posts.loading': 'Beiträge werden geladen…',
  'posts.empty': 'Noch keine Beiträge vorhanden.',
  'posts.error.network':
    'Die Beiträge konnten nicht geladen werden. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'posts.error.timeout': 'Der Blog hat zu lange nicht geantwortet. Bitte versuchen Sie es gleich noch einmal.',
  'posts.error.http':
    'Die Beiträge des Blogs konnten nicht abgerufen werden (Fehler {status}). Bitte versuchen Sie es später erneut.',
  'posts.error.parse': 'Der Feed des Blogs konnte nicht gelesen werden.',
  'posts.error.cors': 'Dieser Blog erlaubt anderen Websites nicht, seinen Feed zu lesen.',
  'posts.comments': { zero: 'Keine Kommentare', one: '{count} Kommentar', other: '{count} Kommentare' },
  'posts.readMore': 'Weiterlesen',
  'posts.readMoreLabel': 'Weiterlesen: {title}',
  'posts.featured': 'Empfohlener Beitrag',
  'posts.untitled': 'Beitrag ohne Titel',

  // blog-search
  'search.label': 'In diesem Blog suchen',
  'search.submit': 'Suchen',
  'search.results': 'Suchergebnisse',
  'search.searching': 'Suche läuft…',
  'search.count': { one: '{count} Ergebnis', other: '{count} Ergebnisse' },
  'search.none': 'Keine Beiträge zu „{query}“ gefunden.',
  'search.all': 'Alle Ergebnisse anzeigen',
  'search.error': 'Die Suche ist gerade nicht verfügbar.',

  // subscribe-form
  'subscribe.heading': 'Abonnieren und über Neues informiert bleiben',
  'subscribe.emailLabel': 'E-Mail-Adresse',
  'subscribe.nameLabel': 'Name (optional)',
  'subscribe.placeholder': 'name@example.com',
  'subscribe.button': 'Abonnieren',
  'subscribe.sending': 'Wird abonniert…',
  'subscribe.privacy': 'Datenschutzerklärung',
  'subscribe.emailMissing': 'Bitte geben Sie Ihre E-Mail-Adresse ein.',
  'subscribe.emailInvalid': 'Bitte geben Sie eine E-Mail-Adresse wie name@example.com ein.',
  'subscribe.consentMissing': 'Bitte setzen Sie vor dem Abonnieren das Häkchen bei der Einwilligung.',
  'subscribe.success': 'Vielen Dank! Ihr Abonnement ist aktiv.',
  'subscribe.confirm': 'Fast geschafft: Bitte sehen Sie in Ihrem Posteingang nach und bestätigen Sie Ihr Abonnement.',
  'subscribe.checkInbox': 'Bitte sehen Sie in Ihrem Posteingang nach, um Ihr Abonnement zu bestätigen.',
  'subscribe.sent': 'Ihre Anfrage wurde gesendet. Vielen Dank!',
  'subscribe.already': 'Für diese Adresse besteht bereits ein Abonnement. Vielen Dank!',
  'subscribe.rateLimited':
    'Zu viele Anmeldeversuche für diese Adresse. Bitte warten Sie einige Minuten und versuchen Sie es dann erneut.',
  'subscribe.error': 'Das Abonnieren ist fehlgeschlagen. Bitte versuchen Sie es erneut.',
  'subscribe.errorServer':
    'Beim Newsletter-Dienst ist ein Problem aufgetreten. Bitte versuchen Sie es gleich noch einmal.',
  'subscribe.errorTimeout':
    'Der Newsletter-Dienst hat nicht geantwortet. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'subscribe.errorNetwork':
    'Der Newsletter-Dienst ist nicht erreichbar. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'subscribe.errorConfig': 'Dieses Formular ist noch nicht eingerichtet und kann deshalb nicht gesendet werden.',
  'subscribe.offline': 'Sie sind offline. Ihr Abonnement wird gesendet, sobald die Verbindung wieder besteht.',
  'subscribe.honeypot': 'Dieses Feld bitte leer lassen',

  // book-appointment
  'booking.heading': 'Termin vereinbaren',
  'booking.open': 'Termin vereinbaren',
  'booking.close': 'Schließen',
  'booking.loadingBusy': 'Freie Termine werden geprüft…',
  'booking.busyError':
    'Es ließ sich nicht prüfen, welche Zeiten bereits vergeben sind; einige angezeigte Zeiten sind möglicherweise schon gebucht.',
  'booking.timesShownIn': 'Angezeigte Zeiten: {zone}.',
  'booking.showPractice': 'Zeit der Praxis anzeigen ({zone})',
  'booking.showMine': 'Meine Zeit anzeigen ({zone})',
  'booking.stepWhen': 'Datum und Uhrzeit wählen',
  'booking.prevMonth': 'Vorheriger Monat',
  'booking.nextMonth': 'Nächster Monat',
  'booking.noTimesDay': '{date}, keine freien Termine',
  'booking.calendarHelp':
    'Mit den Pfeiltasten wechseln Sie zwischen den Tagen, mit Bild auf und Bild ab zwischen den Monaten; mit Eingabe wählen Sie aus.',
  'booking.timesOn': 'Freie Termine am {date}',
  'booking.timeCount': { one: '{count} freier Termin am {date}', other: '{count} freie Termine am {date}' },
  'booking.pickDate': 'Wählen Sie ein Datum, um die freien Termine zu sehen.',
  'booking.noSlots':
    'In den nächsten {count} Tagen sind keine Termine frei. Bitte nehmen Sie auf anderem Weg Kontakt auf.',
  'booking.stepDetails': 'Ihre Angaben',
  'booking.stepReview': 'Prüfen und senden',
  'booking.doneRequest': 'Anfrage gesendet',
  'booking.doneInstant': 'Termin gebucht',
  'booking.doneWhatsapp': 'Ihre WhatsApp-Nachricht ist bereit',
  'booking.doneEmail': 'Ihre E-Mail ist bereit',
  'booking.eventTitle': 'Termin',
  'booking.eventWith': 'Termin bei {who}',
  'booking.chosen': 'Gewählter Termin: {time}',
  'booking.name': 'Name',
  'booking.email': 'E-Mail',
  'booking.phone': 'Telefon (mit Ländervorwahl)',
  'booking.eitherHint': 'Eine E-Mail-Adresse oder eine Telefonnummer, ganz wie Sie möchten.',
  'booking.mode': 'Wie möchten Sie das Gespräch führen?',
  'booking.mode.online': 'Online (Video)',
  'booking.mode.in-person': 'Vor Ort',
  'booking.mode.phone': 'Telefonisch',
  'booking.age': 'Alter (optional)',
  'booking.concern': 'Wobei wünschen Sie sich Unterstützung? (optional)',
  'booking.concernHint':
    'Nur wenn Sie möchten. Diese Angabe geht ausschließlich an die Praxis und erscheint nie in einem Link oder einer Kalenderdatei.',
  'booking.firstVisit': 'Das ist mein erster Termin',
  'booking.consentDefault':
    'Ich bin einverstanden, dass meine Angaben zur Vereinbarung dieses Termins an die Praxis gesendet werden.',
  'booking.privacy': 'Datenschutzerklärung',
  'booking.errorName': 'Bitte geben Sie Ihren Namen ein.',
  'booking.errorEmail': 'Bitte geben Sie eine E-Mail-Adresse wie name@example.com ein.',
  'booking.errorPhone': 'Bitte geben Sie eine Telefonnummer mit Ländervorwahl ein, z. B. +49 151 23456789.',
  'booking.errorContact': 'Bitte geben Sie eine E-Mail-Adresse oder eine Telefonnummer ein.',
  'booking.errorAge': 'Bitte geben Sie das Alter als Zahl ein oder lassen Sie das Feld leer.',
  'booking.errorConsent': 'Bitte setzen Sie das Häkchen bei der Einwilligung, damit Ihre Anfrage gesendet werden kann.',
  'booking.back': 'Zurück',
  'booking.review': 'Prüfen',
  'booking.when': 'Wann',
  'booking.practiceTime': 'Zeit der Praxis',
  'booking.yes': 'Ja',
  'booking.send': 'Anfrage senden',
  'booking.sendInstant': 'Buchen',
  'booking.sendWhatsapp': 'Über WhatsApp senden',
  'booking.sendEmail': 'E-Mail verfassen',
  'booking.sending': 'Wird gesendet…',
  'booking.offline': 'Sie sind offline. Ihre Anfrage wird gesendet, sobald die Verbindung wieder besteht.',
  'booking.retry': 'Erneut versuchen',
  'booking.errorTimeout':
    'Die Praxis hat nicht rechtzeitig geantwortet. Es ist nichts verloren gegangen: Bitte versuchen Sie es erneut.',
  'booking.errorNetwork':
    'Die Praxis ist nicht erreichbar. Bitte prüfen Sie Ihre Verbindung; es ist nichts verloren gegangen: Versuchen Sie es erneut.',
  'booking.errorHttp':
    'Die Anfrage wurde nicht angenommen (Fehler {status}). Es ist nichts verloren gegangen: Bitte versuchen Sie es erneut.',
  'booking.errorServer': 'Die Anfrage wurde nicht angenommen: {message}',
  'booking.errorSetup':
    'Dieses Buchungsformular ist noch nicht eingerichtet. Bitte nehmen Sie auf anderem Weg Kontakt auf.',
  'booking.nextRequestEmail': '{who} bestätigt Ihnen den Termin per E-Mail.',
  'booking.nextRequestPhone': '{who} bestätigt Ihnen den Termin telefonisch.',
  'booking.nextRequestEmailAnon': 'Sie erhalten eine Bestätigung per E-Mail.',
  'booking.nextRequestPhoneAnon': 'Sie erhalten eine Bestätigung per Telefon.',
  'booking.nextInstant': 'Ihr Termin ist gebucht. Tragen Sie ihn in Ihren Kalender ein, damit Sie ihn nicht verpassen.',
  'booking.nextWhatsapp':
    'Tippen Sie in WhatsApp auf „Senden“, um diesen Termin anzufragen. Der Termin steht erst fest, wenn Sie eine Antwort erhalten.',
  'booking.nextEmail':
    'Senden Sie die E-Mail aus Ihrem E-Mail-Programm, um diesen Termin anzufragen. Der Termin steht erst fest, wenn Sie eine Antwort erhalten.',
  'booking.addIcs': 'Zum Kalender hinzufügen (.ics)',
  'booking.addGoogle': 'Zu Google Kalender hinzufügen',
  'booking.again': 'Weiteren Termin buchen',
  'booking.messageText': 'Guten Tag, ich möchte einen Termin am {when} anfragen. Name: {name}.',
  'booking.messageMode': 'Art: {mode}.',
  'booking.messageContact': 'Kontakt: {contact}.',
  'booking.slotTaken':
    'Diese Zeit wurde gerade vergeben. Bitte wählen Sie eine andere: Alles, was Sie eingegeben haben, bleibt erhalten.',
  'booking.slotClosed':
    'Diese Zeit kann nicht mehr gebucht werden. Bitte wählen Sie eine andere: Alles, was Sie eingegeben haben, bleibt erhalten.',
  'booking.retrying': 'Die Verbindung wurde unterbrochen. Neuer Versuch…',
  'booking.payHeading': '{amount} per UPI bezahlen',
  'booking.payPayee': 'An',
  'booking.payAmount': 'Betrag',
  'booking.payOpen': 'Mit einer UPI-App bezahlen',
  'booking.payShowQr': 'QR-Code anzeigen',
  'booking.payScan': 'Scannen Sie ihn mit einer beliebigen UPI-App auf Ihrem Telefon.',
  'booking.payQrLabel': 'QR-Code zum Bezahlen von {amount} per UPI',

  // translate-toggle
  'translate.language': 'Sprache',
  'translate.menu': 'Sprache wählen',
  'translate.originalTag': '(Original)',
  'translate.original': 'Original',
  'translate.showOriginal': 'Original anzeigen',
  'translate.translating': 'Seite wird übersetzt…',
  'translate.byGoogle': 'Von Google übersetzt. Der Text der Seite wird an Google gesendet.',
  'translate.onDevice': 'Auf Ihrem Gerät übersetzt. Es wurde nichts gesendet.',
  'translate.failed': 'Die Seite konnte nicht übersetzt werden.',
  'translate.notAvailable': 'Diese Seite ist nicht auf {language} verfügbar.',
};

/** The table, as the module tables.ts loads on demand. */
export default de;
