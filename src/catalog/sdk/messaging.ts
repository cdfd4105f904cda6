// Email, SMS and push providers (sink kind "sdk"): recipients' addresses,
// phone numbers, device tokens and message bodies go to the provider.
//
// nodemailer is deliberately absent: it speaks SMTP to a server the project
// configures (often its own), so the recipient is decided by configuration
// rather than by the package. What the engine does follow is where a message
// goes: `sendMail({ to: 'orders@partner.example', … })` is a transfer to
// partner.example, and a transport created with a third party's relay
// (`createTransport({ host: 'smtpdm.aliyun.com' })`) sends every message to
// that host (src/engine/mail.ts); both are declared in `contractors` by host.
import type { SinkEntry } from "../../model/catalog.js";

export const MESSAGING_SDKS: SinkEntry[] = [
  {
    id: "twilio",
    kind: "sdk",
    vendor: "Twilio",
    packages: ["twilio"],
    hosts: ["api.twilio.com", "verify.twilio.com", "conversations.twilio.com"],
    region: "us",
    ignoreMethods: ["validateRequest", "validateExpressRequest", "webhook", "toJSON"],
    description: "Twilio: client.messages.create({ to, body }), calls.create, verify.v2.services(sid).verifications.create({ to }), lookups.",
  },
  {
    id: "sendgrid",
    kind: "sdk",
    vendor: "SendGrid (Twilio)",
    packages: ["@sendgrid/mail", "@sendgrid/client"],
    hosts: ["api.sendgrid.com"],
    region: "us",
    ignoreMethods: ["setApiKey", "setDefaultRequest", "setTimeout", "setSubstitutionWrappers"],
    description: "SendGrid: sgMail.send(msg) / sendMultiple(msg), client.request({ url, body }) (marketing contacts).",
  },
  {
    id: "mailchimp",
    kind: "sdk",
    vendor: "Mailchimp (Intuit)",
    packages: ["@mailchimp/mailchimp_marketing", "@mailchimp/mailchimp_transactional"],
    hosts: ["*.api.mailchimp.com", "mandrillapp.com"],
    region: "us",
    ignoreMethods: ["setConfig", "ping"],
    description: "Mailchimp Marketing lists.addListMember / setListMember / updateListMember and Mandrill (transactional) messages.send.",
  },
  {
    id: "resend",
    kind: "sdk",
    vendor: "Resend",
    packages: ["resend"],
    hosts: ["api.resend.com"],
    region: "us",
    description: "Resend: resend.emails.send({ to, subject, html }), batch.send, contacts.create.",
  },
  {
    id: "postmark",
    kind: "sdk",
    vendor: "Postmark (ActiveCampaign)",
    packages: ["postmark"],
    hosts: ["api.postmarkapp.com"],
    region: "us",
    description: "Postmark: new ServerClient(token).sendEmail / sendEmailWithTemplate / sendEmailBatch.",
  },
  {
    id: "mailgun",
    kind: "sdk",
    vendor: "Mailgun (Sinch)",
    packages: ["mailgun.js", "mailgun-js"],
    hosts: ["api.mailgun.net", "api.eu.mailgun.net"],
    region: "us",
    description: "Mailgun: new Mailgun(FormData).client({ key }).messages.create(domain, { to, text }), lists.members.createMember.",
  },
  {
    id: "aliyun-sms",
    kind: "sdk",
    vendor: "Alibaba Cloud 阿里云短信",
    packages: ["@alicloud/dysmsapi20170525", "@alicloud/dysmsapi-2017-05-25", "@alicloud/pop-core"],
    hosts: ["dysmsapi.aliyuncs.com", "*.aliyuncs.com"],
    region: "cn",
    description: "Alibaba Cloud SMS (阿里云短信): client.sendSmsWithOptions(new SendSmsRequest({ phoneNumbers, templateParam })) and pop-core client.request('SendSms', params).",
  },
  {
    id: "tencentcloud",
    kind: "sdk",
    vendor: "Tencent Cloud 腾讯云",
    packages: ["tencentcloud-sdk-nodejs", "tencentcloud-sdk-nodejs-sms", "tencentcloud-sdk-nodejs-common"],
    hosts: ["sms.tencentcloudapi.com", "*.tencentcloudapi.com"],
    region: "cn",
    description: "Tencent Cloud API SDK, chiefly SMS: new tencentcloud.sms.v20210111.Client(cfg).SendSms({ PhoneNumberSet, TemplateParamSet }).",
  },
  {
    id: "jpush",
    kind: "sdk",
    vendor: "JPush 极光推送",
    packages: ["jpush-async", "jpush-sdk", "jpush-react-native", "jpush-phonegap-plugin"],
    globals: ["JPush.setAlias", "JPush.setTags", "JPush.addTags", "JPush.setMobileNumber", "plugins.jPushPlugin.setAlias", "plugins.jPushPlugin.setTags", "plugins.jPushPlugin.setMobileNumber"],
    hosts: ["api.jpush.cn", "device.jpush.cn"],
    region: "cn",
    ignoreMethods: ["buildClient"],
    description:
      "JPush (极光推送): client.push().setPlatform(…).setAudience(JPush.alias(…) | registration_id(…)).setNotification(…).send(), the React Native setAlias / setTags, and the Cordova / Ionic plugin's window.JPush (or window.plugins.jPushPlugin) setAlias / setTags / setMobileNumber.",
  },
  {
    id: "getui",
    kind: "sdk",
    vendor: "Getui 个推",
    hosts: ["restapi.getui.com"],
    region: "cn",
    description:
      "Getui (个推) push RestAPI v2. There is no npm SDK we could confirm, so it is matched as an HTTP host: requests to restapi.getui.com (cid / alias / message bodies) get this vendor and region.",
  },
  {
    id: "firebase",
    kind: "sdk",
    vendor: "Google Firebase",
    packages: ["firebase-admin", "firebase", "@react-native-firebase/messaging", "@react-native-firebase/analytics"],
    exceptProducts: [
      "firebase-admin/firestore", "firebase-admin/storage", "firebase-admin/auth", "firebase-admin/database", "firebase/firestore",
      "firebase/storage", "firebase/auth", "firebase/database", "firestore", "storage", "auth", "database",
    ],
    hosts: ["fcm.googleapis.com", "firestore.googleapis.com", "*.googleapis.com", "*.firebaseio.com"],
    region: "us",
    ignoreMethods: ["initializeApp", "getApp", "getApps", "credential", "cert", "applicationDefault", "getMessaging", "getFirestore", "getAuth", "getAnalytics", "isSupported", "onMessage", "onAuthStateChanged"],
    description: "Firebase: Cloud Messaging (messaging().send({ token, notification }), sendEachForMulticast), Analytics (logEvent/setUserProperties) and the other APIs that hand data to Google. Firestore, Cloud Storage, Realtime Database and Auth are the app's own backend (its database and files, as a MongoDB or S3 bucket of its own would be), not a recipient.",
  },
  {
    id: "nativescript-firebase",
    kind: "sdk",
    vendor: "Google Firebase",
    packages: ["@nativescript/firebase-core"],
    via: ["analytics", "messaging", "crashlytics"],
    hosts: ["*.google-analytics.com", "fcm.googleapis.com", "firebasecrashlyticssymbols.googleapis.com"],
    region: "us",
    ignoreMethods: ["setAnalyticsCollectionEnabled", "setCrashlyticsCollectionEnabled", "getToken", "onMessage", "onToken", "registerDeviceForRemoteMessages", "requestPermission"],
    description: "NativeScript's Firebase plugins: firebase().analytics().logEvent / setUserId / setUserProperty, firebase().crashlytics().log / setUserId / recordError and firebase().messaging(), on the app that @nativescript/firebase-core makes (the product plugins are imported for their side effect). Firestore, Storage, Database and Auth (firebase().firestore() …) are the app's own backend.",
  },
  {
    id: "onesignal",
    kind: "sdk",
    vendor: "OneSignal",
    packages: ["@onesignal/node-onesignal", "onesignal-node", "react-onesignal", "react-native-onesignal", "onesignal-cordova-plugin"],
    globals: ["OneSignal", "OneSignalDeferred"],
    hosts: ["onesignal.com", "api.onesignal.com"],
    region: "us",
    ignoreMethods: ["logout", "setConsentRequired", "setConsentGiven", "isPushSupported"],
    description: "OneSignal: login(externalId), User.addEmail/addSms/addTag(s), and server-side createNotification({ include_aliases, contents }).",
  },
];
