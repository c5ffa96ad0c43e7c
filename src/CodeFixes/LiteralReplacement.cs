using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace ConversationHooks.CodeFixes
{
    /// <summary>Replaces the string literal a diagnostic sits on: by another literal, or by a constant's name.</summary>
    internal static class LiteralReplacement
    {
        public static async Task<LiteralExpressionSyntax?> FindLiteralAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            return root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) as LiteralExpressionSyntax;
        }

        public static Task<Document> WithLiteralAsync(Document document, LiteralExpressionSyntax literal, string text, CancellationToken cancellationToken)
        {
            var replacement = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(text)).WithTriviaFrom(literal);
            return ReplaceAsync(document, literal, replacement, cancellationToken);
        }

        /// <summary>Replaces the literal by <c>Type.Member</c>, simplified to what the file's usings allow.</summary>
        public static Task<Document> WithConstantAsync(Document document, LiteralExpressionSyntax literal, string fullyQualifiedType, string member, CancellationToken cancellationToken)
        {
            var access = SyntaxFactory.ParseExpression($"{fullyQualifiedType}.{member}")
                .WithTriviaFrom(literal)
                .WithAdditionalAnnotations(Simplifier.Annotation);
            return ReplaceAsync(document, literal, access, cancellationToken);
        }

        private static async Task<Document> ReplaceAsync(Document document, SyntaxNode node, SyntaxNode replacement, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            return root is null ? document : document.WithSyntaxRoot(root.ReplaceNode(node, replacement));
        }
    }
}
