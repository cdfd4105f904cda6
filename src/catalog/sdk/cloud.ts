// Cloud services run by a vendor (sink kind "sdk"): object storage, mail and
// messaging, and the services that process what they are given (recognition,
// language models, personalisation). Data sent there leaves the project for
// the vendor's region; AWS and Google Cloud default to "overseas" (outside
// mainland China) unless a contractor entry configures the region actually
// used.
//
// Databases, queues and streams (DynamoDB, SQS, Kinesis, Firehose,
// EventBridge, Firestore, BigQuery, Pub/Sub, Cloud Tasks) are not listed: they
// are the app's own back end, like the SQL or Mongo database an ORM writes to
// wherever it is hosted, and a record kept there is not handed to anyone. A
// project that does count one as a recipient declares its package in
// `contractors` (catalog/declared.ts then makes it a sink).
import type { SinkEntry } from "../../model/catalog.js";

export const CLOUD_SDKS: SinkEntry[] = [
  {
    id: "aws-sdk",
    kind: "sdk",
    vendor: "Amazon Web Services",
    packages: [
      "@aws-sdk/client-s3", "@aws-sdk/lib-storage", "@aws-sdk/client-ses", "@aws-sdk/client-sesv2", "@aws-sdk/client-sns",
      "@aws-sdk/client-cloudwatch-logs", "@aws-sdk/client-lambda", "@aws-sdk/client-pinpoint", "@aws-sdk/client-personalize-events",
      "@aws-sdk/client-bedrock-runtime", "@aws-sdk/client-comprehend", "@aws-sdk/client-rekognition", "aws-sdk",
    ],
    hosts: ["*.amazonaws.com"],
    region: "overseas",
    ignoreMethods: ["destroy", "middlewareStack"],
    description:
      "AWS SDK v3 clients (client.send(new PutObjectCommand({ Body })), SendEmailCommand, PublishCommand, DetectFacesCommand, …) and v2 `aws-sdk`. Not the app's own databases and queues (DynamoDB, SQS, Kinesis, Firehose, EventBridge).",
  },
  {
    id: "ali-oss",
    kind: "sdk",
    vendor: "Alibaba Cloud OSS 阿里云对象存储",
    packages: ["ali-oss"],
    hosts: ["*.aliyuncs.com"],
    region: "cn",
    ignoreMethods: ["signatureUrl", "asyncSignatureUrl", "generateObjectUrl", "getObjectUrl", "useBucket"],
    description: "Alibaba Cloud OSS: client.put(name, Buffer), multipartUpload, putStream, append.",
  },
  {
    id: "aliyun-tablestore",
    kind: "sdk",
    vendor: "Alibaba Cloud Tablestore 阿里云表格存储",
    packages: ["tablestore"],
    hosts: ["*.ots.aliyuncs.com"],
    region: "cn",
    methods: ["putRow", "updateRow", "batchWriteRow"],
    description: "Alibaba Cloud Tablestore (OTS): client.putRow / updateRow / batchWriteRow store a row's attribute columns. Reads by primary key (getRow, getRange) and the package's helpers (Long.fromNumber, Condition) send no one's data.",
  },
  {
    id: "tencent-cos",
    kind: "sdk",
    vendor: "Tencent Cloud COS 腾讯云对象存储",
    packages: ["cos-nodejs-sdk-v5", "cos-js-sdk-v5", "cos-wx-sdk-v5"],
    hosts: ["*.myqcloud.com"],
    region: "cn",
    ignoreMethods: ["getObjectUrl", "getAuth"],
    description: "Tencent Cloud COS: cos.putObject({ Bucket, Region, Key, Body }), uploadFile, sliceUploadFile.",
  },
  {
    id: "qiniu",
    kind: "sdk",
    vendor: "Qiniu 七牛云",
    packages: ["qiniu", "qiniu-js"],
    hosts: ["*.qiniup.com", "*.qiniu.com", "*.qbox.me"],
    region: "cn",
    ignoreMethods: ["uploadToken", "privateDownloadUrl", "publicDownloadUrl"],
    description: "Qiniu Kodo: new qiniu.form_up.FormUploader(config).put(token, key, body, putExtra), putFile, and qiniu-js upload(file, key, token).",
  },
  {
    id: "google-cloud",
    kind: "sdk",
    vendor: "Google Cloud",
    packages: ["@google-cloud/storage"],
    hosts: ["*.googleapis.com"],
    region: "overseas",
    ignoreMethods: ["getSignedUrl", "exists"],
    description: "Google Cloud client libraries: storage file.save / bucket.upload. Not the app's own databases and queues (Firestore, BigQuery, Pub/Sub, Cloud Tasks), nor its logs (Cloud Logging is a log sink, see loggers).",
  },
];
