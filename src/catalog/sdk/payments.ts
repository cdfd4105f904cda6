// Payment providers (sink kind "sdk"). Payer names, emails, addresses and
// order details go to the provider; webhook signature checks stay local.
import type { SinkEntry } from "../../model/catalog.js";

export const PAYMENT_SDKS: SinkEntry[] = [
  {
    id: "stripe",
    kind: "sdk",
    vendor: "Stripe",
    packages: ["stripe", "@stripe/stripe-js", "@stripe/react-stripe-js"],
    globals: ["Stripe"],
    hosts: ["api.stripe.com", "js.stripe.com", "m.stripe.network"],
    region: "us",
    ignoreMethods: ["constructEvent", "constructEventAsync", "generateTestHeaderString", "generateTestHeaderStringAsync"],
    description: "Stripe: customers.create/update({ email, name, phone, address }), paymentIntents.create, checkout.sessions.create({ customer_email }), and stripe-js confirmPayment / confirmCardPayment billing_details.",
  },
  {
    id: "alipay-sdk",
    kind: "sdk",
    vendor: "Alipay 支付宝",
    packages: ["alipay-sdk"],
    hosts: ["openapi.alipay.com", "openapi-sandbox.dl.alipaydev.com"],
    region: "cn",
    ignoreMethods: ["checkNotifySign", "checkNotifySignV2", "checkResponseSign", "aesDecrypt"],
    description: "Alipay open platform (支付宝开放平台): sdk.exec(method, { bizContent }), sdk.curl(method, path, { body }), pageExecute / sdkExecute (signed requests the client posts to Alipay).",
  },
  {
    id: "wechatpay",
    kind: "sdk",
    vendor: "WeChat Pay 微信支付",
    packages: ["wechatpay-node-v3", "wechatpay-axios-plugin"],
    hosts: ["api.mch.weixin.qq.com"],
    region: "cn",
    ignoreMethods: ["verifySign", "decipher_gcm", "decryptResource"],
    description: "WeChat Pay (微信支付) API v3: pay.transactions_jsapi({ payer: { openid }, … }), refunds, and wechatpay-axios-plugin's wxpay.v3.pay.transactions.jsapi.post(body).",
  },
  {
    id: "paypal",
    kind: "sdk",
    vendor: "PayPal",
    packages: ["@paypal/checkout-server-sdk", "@paypal/paypal-server-sdk", "@paypal/paypal-js", "@paypal/react-paypal-js"],
    hosts: ["api-m.paypal.com", "api.paypal.com", "api-m.sandbox.paypal.com"],
    region: "us",
    description: "PayPal: new OrdersCreateRequest() with requestBody({ payer, purchase_units }) executed by the PayPalHttpClient, and the newer OrdersController.createOrder({ body }).",
  },
  {
    id: "braintree",
    kind: "sdk",
    vendor: "Braintree (PayPal)",
    packages: ["braintree", "braintree-web", "braintree-web-drop-in"],
    hosts: ["api.braintreegateway.com", "payments.braintree-api.com"],
    region: "us",
    ignoreMethods: ["parse", "verify"],
    description: "Braintree: gateway.customer.create({ email, firstName, phone }), transaction.sale({ customer, billing }), and the browser drop-in.",
  },
];
