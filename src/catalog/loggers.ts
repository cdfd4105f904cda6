// Loggers (sink kind "log"): PI reaching any of these is `pi-to-log`.
// Matching rules are those of SinkEntry (src/model/catalog.ts).
import type { SinkEntry } from "../model/catalog.js";

/** Level methods shared by most loggers; used where a package also exports non-logging calls. */
const LEVELS = ["trace", "debug", "info", "warn", "error", "fatal", "log", "child"];

export const LOGGERS: SinkEntry[] = [
  {
    id: "console",
    kind: "log",
    globals: ["console"],
    description: "The global console (log, info, warn, error, debug, trace, dir, table, …): every call writes its arguments out.",
  },
  {
    id: "process-stdout",
    kind: "log",
    globals: ["process.stdout.write", "process.stderr.write"],
    description: "Raw writes to the process's standard output and error streams, which end up in the same log files as console output.",
  },
  {
    id: "winston",
    kind: "log",
    packages: ["winston"],
    ignoreMethods: ["add", "remove", "clear", "close", "configure", "isLevelEnabled", "startTimer", "exceptions", "rejections"],
    description:
      "winston: level methods and log() of loggers from createLogger(), the default logger, and child(meta) (whose metadata goes into every later line).",
  },
  {
    id: "loopback-logging",
    kind: "log",
    packages: ["@loopback/logging"],
    methods: LEVELS,
    description:
      "LoopBack 4's logging component (@loopback/logging): the WinstonLogger injected with @inject(LoggingBindings.WINSTON_LOGGER), a winston logger; only the level methods are sinks (logInvocation() and the bindings are not).",
  },
  {
    id: "pino",
    kind: "log",
    packages: ["pino", "pino-http", "express-pino-logger", "koa-pino-logger", "nestjs-pino"],
    ignoreMethods: ["isLevelEnabled", "flush", "destination", "transport", "multistream", "levels", "stdSerializers", "stdTimeFunctions"],
    description: "pino and its middlewares: level methods of a pino() logger and of its child loggers (child(bindings) logs the bindings on every line).",
  },
  {
    id: "bunyan",
    kind: "log",
    packages: ["bunyan"],
    ignoreMethods: ["addStream", "addSerializers", "levels", "level", "reopenFileStreams", "createLogger"],
    description: "bunyan: level methods of bunyan.createLogger() loggers and their child loggers.",
  },
  {
    id: "log4js",
    kind: "log",
    packages: ["log4js"],
    ignoreMethods: ["configure", "getLogger", "shutdown", "isLevelEnabled", "addLayout", "connectLogger", "recording"],
    description: "log4js: level methods of log4js.getLogger(category) loggers; addContext(key, value) also logs the value on every line.",
  },
  {
    id: "debug",
    kind: "log",
    packages: ["debug"],
    ignoreMethods: ["enable", "disable", "enabled", "extend", "formatArgs", "useColors", "coerce"],
    description: "debug: calling a namespace logger made by debug('app:ns') writes its arguments when the namespace is enabled.",
  },
  {
    id: "loglevel",
    kind: "log",
    packages: ["loglevel"],
    ignoreMethods: ["setLevel", "getLevel", "setDefaultLevel", "resetLevel", "enableAll", "disableAll", "getLogger", "getLoggers", "noConflict", "methodFactory", "rebuild"],
    description: "loglevel: trace/debug/info/warn/error/log on the default logger and on named loggers from getLogger().",
  },
  {
    id: "react-native-logs",
    kind: "log",
    packages: ["react-native-logs"],
    ignoreMethods: ["createLogger", "extend", "enable", "disable", "setSeverity", "getSeverity", "patchConsole", "getExtensions"],
    description: "react-native-logs: the level methods (debug/info/warn/error and custom levels) of logger.createLogger({ transport }) and of its namespaces from extend('ns'), written to the console, a file or a crash reporter's log.",
  },
  {
    id: "npmlog",
    kind: "log",
    packages: ["npmlog"],
    ignoreMethods: ["enableColor", "disableColor", "enableProgress", "disableProgress", "enableUnicode", "disableUnicode", "pause", "resume", "newGroup", "newItem", "newStream", "addLevel", "setGaugeTemplate", "setGaugeThemeset"],
    description: "npmlog: log.info(prefix, message, …) and the other level methods.",
  },
  {
    id: "consola",
    kind: "log",
    packages: ["consola"],
    ignoreMethods: ["setReporters", "addReporter", "removeReporter", "wrapConsole", "restoreConsole", "wrapStd", "restoreStd", "wrapAll", "restoreAll", "pauseLogs", "resumeLogs", "mockTypes", "create", "withTag", "withDefaults", "prompt"],
    description: "consola: info/start/success/warn/error/debug/log/box … on the default instance and on instances from createConsola() or withTag().",
  },
  {
    id: "tslog",
    kind: "log",
    packages: ["tslog"],
    ignoreMethods: ["attachTransport", "getSubLogger"],
    description: "tslog: silly/trace/debug/info/warn/error/fatal of a `new Logger()` and its sub-loggers.",
  },
  {
    id: "aws-lambda-powertools-logger",
    kind: "log",
    packages: ["@aws-lambda-powertools/logger"],
    methods: ["trace", "debug", "info", "warn", "error", "critical", "appendKeys", "appendPersistentKeys"],
    description:
      "Powertools for AWS Lambda's Logger (`new Logger({ serviceName })`): the level methods, and appendKeys / appendPersistentKeys, whose keys are written into every later log line. Its middleware and decorators (injectLambdaContext) are not sinks.",
  },
  {
    id: "nestjs-logger",
    kind: "log",
    packages: ["@nestjs/common"],
    methods: ["log", "error", "warn", "debug", "verbose", "fatal"],
    description:
      "NestJS Logger (`new Logger(Ctx.name)` or the static Logger methods). Only the logger methods are sinks, so decorators, exceptions and other @nestjs/common calls are not.",
  },
  {
    id: "egg-logger",
    kind: "log",
    packages: ["egg", "egg-logger"],
    globals: ["ctx.logger", "ctx.coreLogger", "app.logger", "app.coreLogger", "ctx.app.logger", "ctx.app.coreLogger", "agent.logger"],
    methods: ["info", "warn", "error", "debug"],
    description:
      "Egg.js loggers: this.logger / this.ctx.logger / this.app.logger in controllers and services (members of egg's Controller and Service), and ctx.logger / app.logger in middleware and app.js. Only the level methods are sinks.",
  },
  {
    id: "midway-logger",
    kind: "log",
    packages: ["@midwayjs/logger", "@midwayjs/core", "@midwayjs/koa", "@midwayjs/web", "@midwayjs/express", "@midwayjs/faas"],
    methods: ["info", "warn", "error", "debug", "trace", "fatal", "verbose"],
    description:
      "Midway.js loggers: fields injected with @Logger() (ILogger from @midwayjs/logger or @midwayjs/core) and the request context's ctx.logger (Context from @midwayjs/koa, /web, /express, /faas). Only the level methods are sinks.",
  },
  {
    id: "adonis-logger",
    kind: "log",
    packages: ["@adonisjs/core"],
    methods: ["trace", "debug", "info", "warn", "error", "fatal", "child"],
    description:
      "AdonisJS 6 loggers (pino underneath): the request's `logger` from HttpContext (`{ logger }: HttpContext`, `ctx.logger`) and the logger service (`import logger from '@adonisjs/core/services/logger'`), and their child loggers. Only the level methods are sinks, so the context's request and response are not.",
  },
  {
    id: "sails-log",
    kind: "log",
    globals: ["sails.log"],
    description: "Sails.js's logger: sails.log(…) and its level methods (sails.log.info / warn / error / debug / verbose / silly), in actions, helpers, models and config.",
  },
  {
    id: "angularjs-log",
    kind: "log",
    globals: ["$log"],
    methods: ["log", "info", "warn", "error", "debug"],
    description: "AngularJS's injected $log service: $log.log / info / warn / error / debug write to the browser console.",
  },
  {
    id: "strapi-log",
    kind: "log",
    globals: ["strapi.log"],
    methods: ["error", "warn", "info", "http", "verbose", "debug", "silly"],
    description: "Strapi's logger (winston underneath): strapi.log.info / warn / error / debug in controllers, services, policies and lifecycles, on the global `strapi` or the `{ strapi }` a factory is given.",
  },
  {
    id: "serverless-context-logger",
    kind: "log",
    globals: ["context.logger"],
    methods: ["debug", "info", "warn", "error", "log"],
    description: "The request logger Alibaba Cloud Function Compute and Tencent SCF hand a handler in its context (`exports.handler = async (event, context) => context.logger.info(…)`), written to the function's log store. Matched as a path on the handler's context (a `ctx.logger` is egg-logger's path).",
  },
  {
    id: "deno-std-log",
    kind: "log",
    packages: ["@std/log"],
    methods: ["debug", "info", "warn", "warning", "error", "critical"],
    description: "Deno's standard library logger (`jsr:@std/log`, or deno.land/std's log/mod.ts, as an import map often names it `std/log/mod.ts`): log.info/warn/error/… and the same on getLogger(name) and on handlers' loggers.",
  },
  {
    id: "mini-program-log-manager",
    kind: "log",
    globals: ["wx.getRealtimeLogManager", "wx.getLogManager", "qq.getRealtimeLogManager", "tt.getRealtimeLogManager", "uni.getRealtimeLogManager"],
    methods: ["debug", "info", "log", "warn", "error"],
    description: "Mini-program log managers: wx.getRealtimeLogManager() (real-time logs kept on WeChat's servers for the developer, as in QQ, Douyin and uni-app) and wx.getLogManager() (logs uploaded with user feedback): their level methods.",
  },
  {
    id: "taro-log-manager",
    kind: "log",
    packages: ["@tarojs/taro"],
    via: ["getRealtimeLogManager", "getLogManager"],
    methods: ["debug", "info", "log", "warn", "error"],
    description: "Taro's mini-program log managers: Taro.getRealtimeLogManager() / Taro.getLogManager(), the same logs as wx.getRealtimeLogManager(): their level methods.",
  },
  {
    id: "azure-functions-context",
    kind: "log",
    packages: ["@azure/functions"],
    methods: ["log", "trace", "debug", "info", "warn", "error"],
    description:
      "Azure Functions (Node.js v4 model): the InvocationContext a handler is given (`context.log(…)`, `context.info/warn/error/debug/trace(…)`), written to the function's log stream and Application Insights traces.",
  },
  {
    id: "redwood-logger",
    kind: "log",
    packages: ["@redwoodjs/api/logger"],
    ignoreMethods: ["createLogger", "isLevelEnabled", "flush", "levels"],
    description: "RedwoodJS: the pino logger made by createLogger({ options }) from @redwoodjs/api/logger (api/src/lib/logger.ts), its level methods and child loggers.",
  },
  {
    id: "meteor-logging",
    kind: "log",
    packages: ["meteor/logging"],
    methods: ["debug", "info", "warn", "error"],
    description: "Meteor's logging package: `import { Log } from 'meteor/logging'`, Log.info/debug/warn/error(message or object), written to the server's log.",
  },
  {
    id: "firebase-functions-logger",
    kind: "log",
    packages: ["firebase-functions/logger", "firebase-functions/v1", "firebase-functions/v2", "firebase-functions"],
    methods: ["debug", "info", "log", "warn", "error", "write"],
    description: "Cloud Functions for Firebase's logger, written to Cloud Logging: `import * as logger from 'firebase-functions/logger'` (or `{ logger }` from firebase-functions, functions.logger in v1) and its level methods and write(entry).",
  },
  {
    id: "moleculer-logger",
    kind: "log",
    packages: ["moleculer"],
    methods: ["trace", "debug", "info", "warn", "error", "fatal"],
    description: "Moleculer's loggers: a service's this.logger in its actions, methods and events (see service-schemas), and the broker's broker.logger / ctx.broker.logger. Only the level methods are sinks, so broker.call / emit are not.",
  },
  {
    id: "wx-cloud-logger",
    kind: "log",
    packages: ["wx-server-sdk"],
    via: ["logger"],
    methods: ["log", "info", "warn", "error", "debug"],
    description: "WeChat cloud functions' advanced logs: `const log = cloud.logger()` of wx-server-sdk, then log.info / warn / error / log({ … }), kept in the cloud development console and searchable by field.",
  },
  {
    id: "unicloud-logger",
    kind: "log",
    globals: ["uniCloud.logger"],
    methods: ["log", "info", "warn", "error", "debug"],
    description: "uniCloud cloud functions' logger: uniCloud.logger.log / info / warn / error, written to the cloud function's logs in the uniCloud console.",
  },
  {
    id: "hapi-log",
    kind: "log",
    globals: ["request.log", "server.log"],
    packages: ["@hapi/hapi"],
    methods: ["log"],
    description:
      "Hapi's own event logs: `request.log(tags, data)` and `server.log(tags, data)`, which its log listeners and reporters (good, hapi-pino) write out. Matched as paths on the handler's request or server object, and on objects of @hapi/hapi; only the log call itself is a sink.",
  },
  {
    id: "request-logger",
    kind: "log",
    globals: ["req.log", "request.log", "ctx.log", "reply.log", "app.log", "fastify.log", "server.log"],
    packages: ["fastify"],
    methods: LEVELS,
    description:
      "The request-scoped loggers of Fastify (`request.log`, `reply.log`, `fastify.log`) and of pino-http / koa-pino-logger (`req.log`, `ctx.log`). The globals are matched as paths on the handler's request or app object, not as real globals; for the fastify package only the level methods count.",
  },
  {
    id: "hapi-pino",
    kind: "log",
    globals: ["request.logger", "req.logger", "server.logger"],
    packages: ["@hapi/hapi", "hapi-pino"],
    methods: ["trace", "debug", "info", "warn", "error", "fatal"],
    description:
      "hapi-pino's loggers decorated onto Hapi's request and server (`request.logger.info(…)`, `server.logger.warn(…)`). Matched as paths on the handler's request or server object, and on objects of @hapi/hapi (its own objects have no level methods); only the level methods are sinks.",
  },
  {
    id: "tauri-log",
    kind: "log",
    packages: ["@tauri-apps/plugin-log", "tauri-plugin-log-api"],
    methods: ["trace", "debug", "info", "warn", "error"],
    description: "Tauri's log plugin: trace/debug/info/warn/error(message) write to the app's log files on the user's disk and to the native console.",
  },
  {
    id: "signale",
    kind: "log",
    packages: ["signale"],
    ignoreMethods: ["config", "disable", "enable", "isEnabled", "addSecrets", "clearSecrets", "scope", "unscope", "time", "timeEnd"],
    description: "signale: success/info/warn/error/debug/note/pending/… of the default instance and of `new Signale()` / scope() instances.",
  },
  {
    id: "roarr",
    kind: "log",
    packages: ["roarr"],
    ignoreMethods: ["getContext", "adopt"],
    description: "roarr: Roarr.info(…) and friends; child(context) adds the context to every message.",
  },
  {
    id: "cocos-log",
    kind: "log",
    packages: ["cc"],
    globals: ["cc.log", "cc.warn", "cc.error", "cc.debug"],
    methods: ["log", "warn", "error", "debug"],
    description: "Cocos Creator's logging functions: log / warn / error / debug imported from 'cc' (3.x) or as the global cc.log (2.x), written to the game's console (vConsole and the mini-game platform's log).",
  },
  {
    id: "electron-log",
    kind: "log",
    packages: ["electron-log", "electron-log/main", "electron-log/renderer"],
    ignoreMethods: ["initialize", "create", "hooks", "catchErrors", "errorHandler", "eventLogger"],
    description: "electron-log: level methods of the default logger and scoped loggers; the file transport keeps every line on the user's disk.",
  },
];
