// The real bodies of schemas/elasticpath/fixtures (the js-sdk's own error-handling test bodies).
import { describeVendorFixtures } from "@commerce-errors/testkit";
import * as pkg from "../src/index.js";

describeVendorFixtures(pkg, "elasticpath");
