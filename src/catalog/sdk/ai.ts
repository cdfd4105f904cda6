// LLM and generative-AI APIs (sink kind "sdk"): prompts, messages and
// embedded documents go to the model provider.
import type { SinkEntry } from "../../model/catalog.js";

/** Calls of LangChain runnables, models, embeddings and vector stores that send their input. */
const LANGCHAIN_SENDS = [
  "invoke", "stream", "batch", "streamEvents", "streamLog", "call", "predict", "predictMessages", "generate", "generatePrompt",
  "embedQuery", "embedDocuments", "addDocuments", "addTexts", "fromTexts", "fromDocuments", "similaritySearch", "similaritySearchWithScore",
];

export const AI_SDKS: SinkEntry[] = [
  {
    id: "openai",
    kind: "sdk",
    vendor: "OpenAI",
    packages: ["openai", "@azure/openai"],
    hosts: ["api.openai.com"],
    region: "us",
    description:
      "OpenAI: chat.completions.create({ messages }), responses.create({ input }), embeddings.create, files.create, audio.transcriptions.create. A client built with a different baseURL (e.g. a compatible endpoint in China) should be declared as a contractor with its region.",
  },
  {
    id: "anthropic",
    kind: "sdk",
    vendor: "Anthropic",
    packages: ["@anthropic-ai/sdk", "@anthropic-ai/bedrock-sdk", "@anthropic-ai/vertex-sdk"],
    hosts: ["api.anthropic.com"],
    region: "us",
    description: "Anthropic: messages.create({ system, messages }), messages.stream, messages.countTokens (the text is sent to count it).",
  },
  {
    id: "langchain",
    kind: "sdk",
    vendor: "LangChain",
    packages: ["langchain", "@langchain/core", "@langchain/community", "@langchain/langgraph"],
    methods: LANGCHAIN_SENDS,
    description:
      "LangChain runnables: chain.invoke/stream/batch, model.invoke, embeddings.embedQuery, vectorStore.addDocuments. Building prompts and messages is local; the provider (and so host and region) depends on the model wired in.",
  },
  {
    id: "langchain-providers",
    kind: "sdk",
    vendor: "LangChain model providers",
    packages: ["@langchain/openai", "@langchain/anthropic", "@langchain/google-genai", "@langchain/google-vertexai", "@langchain/mistralai", "@langchain/aws"],
    methods: LANGCHAIN_SENDS,
    hosts: ["api.openai.com", "api.anthropic.com", "generativelanguage.googleapis.com", "api.mistral.ai", "*.amazonaws.com"],
    region: "overseas",
    description: "LangChain integrations of providers outside mainland China (ChatOpenAI, ChatAnthropic, ChatGoogleGenerativeAI, OpenAIEmbeddings, …): invoke/stream/batch/embed* send the input.",
  },
  {
    id: "vercel-ai",
    kind: "sdk",
    vendor: "Vercel AI SDK",
    packages: ["ai", "@ai-sdk/openai", "@ai-sdk/anthropic", "@ai-sdk/google", "@ai-sdk/mistral", "@ai-sdk/amazon-bedrock", "@ai-sdk/azure"],
    methods: ["generateText", "streamText", "generateObject", "streamObject", "embed", "embedMany", "generateImage", "experimental_generateImage", "transcribe", "generateSpeech"],
    hosts: ["api.openai.com", "api.anthropic.com", "generativelanguage.googleapis.com"],
    description: "Vercel AI SDK: generateText/streamText/generateObject/streamObject({ model, prompt, messages }), embed/embedMany. Provider factories such as openai('gpt-4o') are not sinks; the region depends on the provider.",
  },
  {
    id: "google-genai",
    kind: "sdk",
    vendor: "Google Gemini",
    packages: ["@google/generative-ai", "@google/genai", "@google-cloud/vertexai"],
    hosts: ["generativelanguage.googleapis.com", "*.aiplatform.googleapis.com"],
    region: "us",
    ignoreMethods: ["getGenerativeModel"],
    description: "Google Gemini: model.generateContent(prompt), startChat().sendMessage, embedContent; @google/genai ai.models.generateContent({ contents }).",
  },
  {
    id: "qianfan",
    kind: "sdk",
    vendor: "Baidu Qianfan 百度千帆",
    packages: ["@baiducloud/qianfan", "@langchain/baidu-qianfan"],
    hosts: ["qianfan.baidubce.com", "aip.baidubce.com"],
    region: "cn",
    description: "Baidu Qianfan (千帆, ERNIE): new ChatCompletion().chat({ messages }, model), Completions, Embedding; also requests to qianfan.baidubce.com.",
  },
  {
    id: "dashscope",
    kind: "sdk",
    vendor: "Alibaba Cloud Model Studio (DashScope) 阿里云百炼",
    packages: ["dashscope"],
    hosts: ["dashscope.aliyuncs.com"],
    region: "cn",
    description:
      "Alibaba DashScope (通义千问 / 百炼): most Node code calls it over HTTP or through the openai package with baseURL https://dashscope.aliyuncs.com/compatible-mode/v1; requests to that host get this vendor and region.",
  },
  {
    id: "zhipu",
    kind: "sdk",
    vendor: "Zhipu AI 智谱",
    packages: ["zhipuai-sdk-nodejs-v4", "zhipuai"],
    hosts: ["open.bigmodel.cn"],
    region: "cn",
    description: "Zhipu AI (智谱, GLM): new ZhipuAI({ apiKey }).createCompletions({ model, messages }); also requests to open.bigmodel.cn.",
  },
];
