/** commerce-errors/problem-details: RFC 9457 problem details from a normalized error, and read from a body. */
export {
  problemDetailsContentType,
  toProblemDetails,
  type ProblemDetails,
  type ProblemDetailsOptions,
  type ProblemFieldIssue,
} from "./observe/problem-details.js";
export { readProblemDetails, type ProblemReading } from "./observe/read-problem.js";
