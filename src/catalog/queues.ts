// Job queues: what a producer adds to a queue is what the queue's processor
// is given as `job.data`, and a queue made with a type argument
// (`new Queue<ClaimJob>('claims')`) declares what its jobs hold. The queue is
// one cell per name (a producer and a worker in different files, or
// packages, meet through the name), or per place it is made when the name is
// not a literal. The queue itself is the app's own infrastructure (Redis),
// not a sink: only what the processor does with the data can be.
export interface JobQueueEntry {
  id: string;
  packages: string[];
  /** Classes made with the queue's name as first argument and, optionally, the job data's type as type argument. */
  classes: string[];
  /** Constructor argument that is the processor (`new Worker('claims', async (job) => …)`). */
  processorArg?: number;
  /** Methods that add a job: its data is their first argument that is not a string literal (the job's name). */
  adders: string[];
  /** Methods whose callback processes the jobs. */
  processors: string[];
  /**
   * Events whose listener (`queue.on('failed', (job, err) => …)`) is given a job of the queue first: its
   * `job.data` is what was added, as for a processor.
   */
  jobEvents: string[];
  description: string;
}

/** The events of Bull, BullMQ and Bee-Queue whose listeners are given the job. */
const JOB_EVENTS = ["active", "completed", "failed", "progress", "stalled", "waiting", "retrying", "succeeded"];

export const JOB_QUEUES: JobQueueEntry[] = [
  {
    id: "bull",
    packages: ["bull"],
    classes: ["default", "Queue"],
    adders: ["add"],
    processors: ["process"],
    jobEvents: JOB_EVENTS,
    description: "Bull: new Queue<T>(name, redis), queue.add([name,] data, opts), queue.process([name,] [concurrency,] async (job) => … job.data), queue.on('failed', (job, err) => …).",
  },
  {
    id: "bullmq",
    packages: ["bullmq"],
    classes: ["Queue", "Worker"],
    processorArg: 1,
    adders: ["add"],
    processors: [],
    jobEvents: JOB_EVENTS,
    description: "BullMQ: new Queue<T>(name), queue.add(jobName, data, opts), and new Worker<T>(name, async (job) => … job.data) in the consumer, whose worker.on('failed' | 'completed' …, (job) => …) listeners get the job.",
  },
  {
    id: "bee-queue",
    packages: ["bee-queue"],
    classes: ["default", "Queue"],
    adders: ["createJob"],
    processors: ["process"],
    jobEvents: [],
    description: "Bee-Queue: new Queue<T>(name), queue.createJob(data).save(), queue.process([concurrency,] async (job) => … job.data).",
  },
];
