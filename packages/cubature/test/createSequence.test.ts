import { DigitalNet } from "@qmckit/digital-net";
import { Halton } from "@qmckit/halton";
import { Lattice } from "@qmckit/lattice";
import { describe, expect, it } from "vitest";
import { createSequence, IidUniform, SEQUENCE_KINDS } from "../src/index.js";

describe("createSequence", () => {
  it("one kind name per generator: lattice, net, halton, iid", () => {
    expect(SEQUENCE_KINDS).toEqual(["lattice", "net", "halton", "iid"]);
    const spec = { dimension: 3, seed: 5, replications: 2 };
    expect(createSequence({ ...spec, kind: "lattice" })).toBeInstanceOf(Lattice);
    expect(createSequence({ ...spec, kind: "net" })).toBeInstanceOf(DigitalNet);
    expect(createSequence({ ...spec, kind: "halton" })).toBeInstanceOf(Halton);
    expect(createSequence({ ...spec, kind: "iid" })).toBeInstanceOf(IidUniform);
    expect(() => createSequence({ ...spec, kind: "digital-net" as "net" })).toThrow(
      `spec.kind must be one of 'lattice', 'net', 'halton', 'iid'; got "digital-net"`,
    );
  });

  it("passes randomize, order and alpha to the generator, which gives the same points", () => {
    const net = createSequence({
      kind: "net",
      dimension: 2,
      seed: 3,
      replications: 1,
      randomize: "nus",
      order: "gray",
      alpha: 2,
    });
    const direct = new DigitalNet(2, { seed: 3, randomize: "nus", order: "gray", alpha: 2 });
    expect(net.points(64).data).toEqual(direct.points(64).data);
    const lattice = createSequence({ kind: "lattice", dimension: 2, seed: 3, replications: 1, order: "linear" });
    expect(lattice.points(16).data).toEqual(new Lattice(2, { seed: 3, order: "linear" }).points(16).data);
  });

  it("a field the kind does not have is a TypeError naming the field and the kinds that have it", () => {
    const spec = { dimension: 2, seed: 1, replications: 1 };
    expect(() => createSequence({ ...spec, kind: "halton", order: "gray" })).toThrow(
      "spec.order applies only to kind 'lattice', 'net'; got kind 'halton'",
    );
    expect(() => createSequence({ ...spec, kind: "lattice", alpha: 2 })).toThrow(
      "spec.alpha applies only to kind 'net'; got kind 'lattice'",
    );
    expect(() => createSequence({ ...spec, kind: "iid", randomize: "shift" })).toThrow(TypeError);
  });
});

describe("createSequence dimension", () => {
  it("is checked by the generator, with its own range", () => {
    const spec = { seed: 1, replications: 1 };
    expect(() => createSequence({ ...spec, kind: "net", dimension: 2000 })).toThrow(
      /^dimension must be an integer in \[1, 1024\]; got 2000/,
    );
    expect(() => createSequence({ ...spec, kind: "halton", dimension: 0 })).toThrow(
      /^dimension must be an integer in \[1, 1000\]; got 0/,
    );
    expect(() => createSequence({ ...spec, kind: "iid", dimension: 2 ** 16 + 1 })).toThrow(
      /^dimension must be an integer in \[1, 65536\]/,
    );
  });
});
