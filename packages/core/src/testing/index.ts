export { type ContractSubject, describeSequenceContract } from "./describeSequenceContract.js";
