/*
 * The browser's own check of a record's ledger proof (the "ledger-proof" JSON document, version 1), so that a
 * reader need not trust the server: with WebCrypto only, it checks
 *   1. that the key's SHA-256 is the fingerprint shown (the reader compares it with the service's published one),
 *   2. the RFC 6962 / RFC 9162 (2.1.3.2) inclusion proof of the commit's content digest under the signed Merkle root,
 *   3. the Ed25519 signature of the signed digest (tag "QAL-DIGEST-1"), where the browser has Ed25519,
 *   4. when the proof carries the public feed's entry, the service's attestation over its facts ("QAL-FEED-1"),
 * with the byte encodings of shared-kernel/LEDGER.md. The outcome goes to the panel's status region (texts from its
 * data-text-* attributes, in the page's language) and to data-outcome: verified | failed | unsupported.
 */
(function () {
    'use strict';

    var ASCII = new TextEncoder();

    function fromHex(hex) {
        if (typeof hex !== 'string' || !/^([0-9a-f]{2})*$/.test(hex)) {
            throw new Error('not hex');
        }
        var bytes = new Uint8Array(hex.length / 2);
        for (var i = 0; i < bytes.length; i++) {
            bytes[i] = parseInt(hex.substr(2 * i, 2), 16);
        }
        return bytes;
    }

    function toHex(bytes) {
        return Array.from(bytes, function (b) { return b.toString(16).padStart(2, '0'); }).join('');
    }

    function fromBase64(text) {
        return Uint8Array.from(atob(text), function (c) { return c.charCodeAt(0); });
    }

    function concat(parts) {
        var length = parts.reduce(function (sum, part) { return sum + part.length; }, 0);
        var out = new Uint8Array(length);
        var offset = 0;
        parts.forEach(function (part) { out.set(part, offset); offset += part.length; });
        return out;
    }

    function equal(a, b) {
        if (a.length !== b.length) {
            return false;
        }
        for (var i = 0; i < a.length; i++) {
            if (a[i] !== b[i]) {
                return false;
            }
        }
        return true;
    }

    async function sha256(bytes) {
        return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
    }

    /* The framing of LEDGER.md: tag(T) = ASCII bytes and a zero byte; big-endian u32/u64; str = u32 length + UTF-8. */
    function tag(name) {
        return concat([ASCII.encode(name), new Uint8Array([0])]);
    }

    function u32(n) {
        var out = new Uint8Array(4);
        new DataView(out.buffer).setUint32(0, n);
        return out;
    }

    function u64(n) {
        var out = new Uint8Array(8);
        new DataView(out.buffer).setBigUint64(0, BigInt(n));
        return out;
    }

    function str(text) {
        var utf8 = new TextEncoder().encode(text);
        return concat([u32(utf8.length), utf8]);
    }

    function leafHash(leaf) {
        return sha256(concat([new Uint8Array([0]), leaf]));
    }

    function nodeHash(left, right) {
        return sha256(concat([new Uint8Array([1]), left, right]));
    }

    /* RFC 9162, 2.1.3.2, as MerkleTree.verifyInclusion: BigInt, so positions beyond 2^31 stay exact. */
    async function inclusionHolds(leaf, index, size, path, root) {
        var fn = BigInt(index);
        var sn = BigInt(size) - 1n;
        if (fn < 0n || fn > sn) {
            return false;
        }
        var r = await leafHash(leaf);
        for (var i = 0; i < path.length; i++) {
            if (sn === 0n) {
                return false;
            }
            if ((fn & 1n) === 1n || fn === sn) {
                r = await nodeHash(path[i], r);
                while ((fn & 1n) === 0n && fn !== 0n) {
                    fn >>= 1n;
                    sn >>= 1n;
                }
            } else {
                r = await nodeHash(r, path[i]);
            }
            fn >>= 1n;
            sn >>= 1n;
        }
        return sn === 0n && equal(r, root);
    }

    function digestBytes(signed) {
        return concat([tag('QAL-DIGEST-1'), u64(signed.position), fromHex(signed.chainHash), fromHex(signed.merkleRoot),
            str(signed.signedAt)]);
    }

    async function attestationBytes(entry, factsJson) {
        var factsDigest = await sha256(new TextEncoder().encode(factsJson));
        return concat([tag('QAL-FEED-1'), str(entry.ledger), u64(entry.position), fromHex(entry.contentDigest), factsDigest]);
    }

    /* The key, or null where the browser has no Ed25519 in WebCrypto. */
    async function importKey(x509) {
        try {
            return await crypto.subtle.importKey('spki', fromBase64(x509), {name: 'Ed25519'}, false, ['verify']);
        } catch (e) {
            if (e && (e.name === 'NotSupportedError' || e.name === 'SyntaxError' || e.name === 'TypeError')) {
                return null;
            }
            throw e;
        }
    }

    function ed25519Holds(key, signatureBase64, bytes) {
        return crypto.subtle.verify({name: 'Ed25519'}, key, fromBase64(signatureBase64), bytes);
    }

    /* Same facts: both parsed here and written back alike, so only their content is compared. */
    function sameFacts(entry, factsJson) {
        return JSON.stringify(entry.facts) === JSON.stringify(JSON.parse(factsJson));
    }

    /**
     * The checks in order; each adds a line. Answers {outcome, failed: the data-text key of the failed check}.
     */
    async function check(proof, report) {
        if (proof.document !== 'ledger-proof' || proof.version !== 1) {
            return {outcome: 'failed', failed: 'document'};
        }
        var signed = proof.signedDigest;
        var x509 = fromBase64(proof.publicKey.x509);
        if (toHex(await sha256(x509)) !== proof.publicKey.sha256) {
            return {outcome: 'failed', failed: 'fingerprint'};
        }
        var inclusion = proof.inclusion;
        var path = inclusion.auditPath.map(fromHex);
        if (inclusion.leafIndex !== proof.position || inclusion.treeSize !== signed.position + 1
            || !(await inclusionHolds(fromHex(proof.contentDigest), inclusion.leafIndex, inclusion.treeSize, path,
                fromHex(signed.merkleRoot)))) {
            return {outcome: 'failed', failed: 'inclusion'};
        }
        report('inclusion-ok', true);
        if (signed.position === proof.position && signed.chainHash !== proof.chainHash) {
            return {outcome: 'failed', failed: 'chain'};
        }
        var key = await importKey(proof.publicKey.x509);
        if (key === null) {
            report('signature-unchecked', false);
            return {outcome: 'unsupported'};
        }
        if (!(await ed25519Holds(key, signed.signature, digestBytes(signed)))) {
            return {outcome: 'failed', failed: 'signature'};
        }
        report('signature-ok', true);
        if (proof.publicEntry) {
            var entry = proof.publicEntry.entry;
            var factsJson = proof.publicEntry.factsJson;
            if (entry.position !== proof.position || entry.contentDigest !== proof.contentDigest
                || entry.ledger !== proof.ledger || !sameFacts(entry, factsJson)
                || !(await ed25519Holds(key, entry.attestation, await attestationBytes(entry, factsJson)))) {
                return {outcome: 'failed', failed: 'attestation'};
            }
            report('attestation-ok', true);
        }
        return {outcome: 'verified'};
    }

    function text(panel, key) {
        return panel.getAttribute('data-text-' + key) || key;
    }

    async function verifyPanel(panel) {
        var result = panel.querySelector('[data-proof-result]');
        var list = panel.querySelector('[data-proof-checks]');
        function show(outcome, message) {
            var badge = document.createElement('span');
            badge.className = 'badge ' + (outcome === 'verified' ? 'ok' : outcome === 'failed' ? 'bad' : 'warn');
            badge.setAttribute('data-proof-badge', '');
            badge.textContent = message;
            result.replaceChildren(badge);
            panel.setAttribute('data-outcome', outcome);
        }
        function report(key, holds) {
            var item = document.createElement('li');
            item.textContent = (holds ? '\u2713 ' : '\u2013 ') + text(panel, key);
            list.appendChild(item);
        }
        if (!window.crypto || !crypto.subtle) {
            show('unsupported', text(panel, 'nocrypto'));
            return;
        }
        show('pending', text(panel, 'checking'));
        var outcome;
        try {
            var source = document.getElementById(panel.getAttribute('data-proof-source'));
            outcome = await check(JSON.parse(source.textContent), report);
        } catch (e) {
            outcome = {outcome: 'failed', failed: 'document'};
        }
        if (outcome.outcome === 'failed') {
            panel.setAttribute('data-failed-check', outcome.failed);
            show('failed', text(panel, 'failed') + ' ' + text(panel, outcome.failed));
        } else {
            show(outcome.outcome, text(panel, outcome.outcome));
        }
    }

    function start() {
        document.querySelectorAll('[data-proof-panel]').forEach(function (panel) {
            if (!panel.hasAttribute('data-proof-started')) {
                panel.setAttribute('data-proof-started', '');
                verifyPanel(panel);
            }
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
    /* a panel htmx swaps in later is checked too */
    document.addEventListener('htmx:afterSettle', start);
}());
